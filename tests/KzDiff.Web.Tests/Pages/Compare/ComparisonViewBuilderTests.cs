using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;
using KzDiff.Web.Pages.Compare;
using KzDiff.Web.Tests.Browser;

namespace KzDiff.Web.Tests.Pages.Compare;

public sealed class ComparisonViewBuilderTests
{
    private static readonly EditionComparison Sample = SampleComparisons.Freedonia(2022, 2023);

    [Test]
    public void Build_GivesSameAnchors_WhateverTheFilters()
    {
        var all = ComparisonViewBuilder.Build(Sample, ComparePageFilter.None);
        var filtered = ComparisonViewBuilder.Build(Sample, new ComparePageFilter(true, true, null, "websites"));

        var anchors = all.Blocks.SelectMany(b => b.Rows).OfType<ChangeRow>().ToDictionary(r => r.Anchor, r => r.Status);
        var kept = filtered.Blocks.SelectMany(b => b.Rows).OfType<ChangeRow>().ToList();
        Assert.That(kept, Has.Count.EqualTo(1));
        Assert.That(anchors.ContainsKey(kept[0].Anchor), Is.True);
        Assert.That(anchors.Keys, Is.Unique);
    }

    [Test]
    public void Build_FoldsLongUnchangedRunsAndUnchangedSections_ByDefault()
    {
        // Section 2.d opens with three unchanged sentences; one fewer makes a run short enough to stay open.
        var movement = Sample.Sections.Single(s => s.New?.Path == "2.d");
        var comparison = Sample with { Sections = Sample.Sections.Replace(movement, movement with { Sentences = movement.Sentences.RemoveAt(0) }) };
        var view = ComparisonViewBuilder.Build(comparison, ComparePageFilter.None);

        var runs = view.Blocks.SelectMany(b => b.Rows).OfType<UnchangedRun>().ToList();
        var longRuns = runs.Where(r => r.Sentences.Length > 2).ToList();
        var shortRuns = runs.Where(r => r.Sentences.Length <= 2).ToList();
        Assert.That(longRuns, Is.Not.Empty, "the sample has unchanged runs longer than two sentences");
        Assert.That(shortRuns, Is.Not.Empty, "the sample has unchanged runs of one or two sentences");
        Assert.That(longRuns.Select(r => r.Folded), Is.All.True);
        Assert.That(shortRuns.Select(r => r.Folded), Is.All.False);

        var folded = view.Nav.Where(g => g.Folded).SelectMany(g => g.Items).ToList();
        var open = view.Nav.Where(g => !g.Folded).SelectMany(g => g.Items).ToList();
        // Section 1 is unchanged but holds changed 1.a and 1.c: folding it would leave them looking orphaned.
        Assert.That(folded.Select(i => i.Anchor), Is.EqualTo(new[] { "sec-1.b", "sec-1.d", "sec-3" }), "the unchanged sections that hold no changed one are folded");
        Assert.That(open, Has.Count.EqualTo(comparison.Sections.Length - folded.Count));
        Assert.That(open.Single(i => i.Anchor == "sec-1").Context, Is.True);
        Assert.That(open.Where(i => !i.Context).Select(i => i.Badges.IsEmpty), Is.All.False);
    }

    [Test]
    public void Build_LeavesOutUnchangedTextAndRoutineChanges_WhenSubstantiveOnly()
    {
        var view = ComparisonViewBuilder.Build(Sample, new ComparePageFilter(false, true, null, null));

        var rows = view.Blocks.SelectMany(b => b.Rows).ToList();
        var expected = Sample.Sections.SelectMany(s => s.Sentences)
            .Count(s => s.Status != SentenceStatus.Unchanged && s.Kind == ChangeKind.Substantive);
        Assert.That(expected, Is.GreaterThan(3), "the sample has substantive changes to keep");
        Assert.That(rows.OfType<UnchangedRun>(), Is.Empty);
        Assert.That(rows.OfType<ChangeRow>().Count(), Is.EqualTo(expected), "every substantive change is kept, nothing else");
        Assert.That(rows.OfType<ChangeRow>().Select(r => r.Kind), Is.All.EqualTo(ChangeKind.Substantive));
        Assert.That(view.Blocks, Is.Not.Empty);
        Assert.That(view.Blocks.Select(b => b.HasChanges), Is.All.True);
    }

    [Test]
    public void Build_ShowsOneSection_WhenSectionFilterNamesItsPath()
    {
        var view = ComparisonViewBuilder.Build(Sample, new ComparePageFilter(false, false, "2.a", null));

        Assert.That(view.Blocks.Select(b => b.Anchor), Is.EqualTo(new[] { "sec-2.a" }));
        Assert.That(view.Nav.Sum(g => g.Items.Length), Is.EqualTo(Sample.Sections.Length), "the tree still lists every section");
    }

    [Test]
    public void Build_ShowsSectionWithEverythingUnderIt_AndCountsOnlyThat_WhenSectionFilterNamesAParent()
    {
        var view = ComparisonViewBuilder.Build(Sample, new ComparePageFilter(false, false, "sec-1", null));

        Assert.That(view.Blocks.Select(b => b.Anchor), Is.EqualTo(new[] { "sec-1", "sec-1.a", "sec-1.b", "sec-1.c", "sec-1.d" }));
        Assert.That((view.Statistics.SentencesAdded, view.Statistics.SentencesRemoved, view.Statistics.SentencesMoved), Is.EqualTo((1, 1, 0)), "Oakport added and the review removed in 1.a; the move arrives in 2.a");
        Assert.That(Sample.Statistics.SentencesAdded, Is.GreaterThan(1), "the whole comparison counts more");
        Assert.That((view.SectionsInScope, view.SectionsChanged), Is.EqualTo((5, 2)));
        Assert.That(view.Scope, Is.EqualTo("1 Respect for the Integrity of the Person"));
        Assert.That(view.Flagged, Is.EqualTo(2), "the number change and the added entity in 1.a");
    }

    [Test]
    public void Build_FindsTextInChildren_WhenSectionAndQueryGiven()
    {
        var view = ComparisonViewBuilder.Build(Sample, new ComparePageFilter(false, false, "1", "Oakport"));

        Assert.That(view.QueryMatches, Is.EqualTo(1));
        Assert.That(view.Blocks.Select(b => b.Anchor), Is.EqualTo(new[] { "sec-1.a" }));
    }

    [Test]
    public void Build_SaysSoAndShowsEverything_WhenSectionIsUnknown()
    {
        var view = ComparisonViewBuilder.Build(Sample, new ComparePageFilter(false, false, "sec-9.z", null));

        Assert.That(view.UnknownSection, Is.EqualTo("sec-9.z"));
        Assert.That(view.Blocks, Has.Length.EqualTo(Sample.Sections.Length));
        Assert.That(view.Statistics, Is.EqualTo(Sample.Statistics));
    }

    [Test]
    public void Build_LinksBothEndsOfAMove_ToEachOther()
    {
        var rows = ComparisonViewBuilder.Build(Sample, ComparePageFilter.None).Blocks.SelectMany(b => b.Rows).OfType<ChangeRow>()
            .Where(r => r.Status == SentenceStatus.Moved).ToList();

        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows.Select(r => r.Move!.Id), Is.All.EqualTo("m1"));
        Assert.That(rows[0].Move!.OtherEnd, Is.EqualTo("#" + rows[1].Anchor));
        Assert.That(rows[1].Move!.OtherEnd, Is.EqualTo("#" + rows[0].Anchor));
        Assert.That((rows[0].Move!.Departure, rows[0].New.IsEmpty, rows[1].Move!.Departure), Is.EqualTo((true, true, false)), "the departure is a link, the text is at the arrival");
    }

    [Test]
    public void Build_ShowsEveryPairOfAMerge_WhenSectionFilterNamesTheNewSection()
    {
        var merged = Sample with
        {
            Sections = [.. Sample.Sections, Sample.Sections.Single(s => s.New?.Path == "2.e") with { Old = new SectionReference("2.f", "f. Internally Displaced Persons"), Merged = true }],
        };

        var view = ComparisonViewBuilder.Build(merged, new ComparePageFilter(false, false, "sec-2.e", null));

        Assert.That(view.Blocks.Select(b => b.Anchor), Is.EqualTo(new[] { "sec-2.e", "sec-2.e-2" }));
    }

    [TestCase("", 0)]
    [TestCase("summary", 0)]
    [TestCase("2", 0)]
    [TestCase("2.a", 1)]
    [TestCase("1.c/prison-conditions", 2)]
    [TestCase("1.c/prison-conditions/physical-conditions", 3)]
    public void Depth_CountsOutlineLevels_FromPath(string path, int depth) =>
        Assert.That(ComparisonViewBuilder.Depth(path), Is.EqualTo(depth));
}
