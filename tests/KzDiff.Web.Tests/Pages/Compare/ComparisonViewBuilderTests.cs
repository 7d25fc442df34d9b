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
        Assert.That(folded.Select(i => i.Anchor), Is.EqualTo(comparison.Sections
            .Where(s => s.Status == SectionStatus.Unchanged && !s.Renamed && !s.Moved && !s.Split && !s.Merged)
            .Select(Anchors.ForSection)), "exactly the unchanged sections are folded");
        Assert.That(open, Has.Count.EqualTo(comparison.Sections.Length - folded.Count));
        Assert.That(open.Select(i => i.Badges.IsEmpty), Is.All.False);
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
    public void Build_LinksBothEndsOfAMove_ToEachOther()
    {
        var rows = ComparisonViewBuilder.Build(Sample, ComparePageFilter.None).Blocks.SelectMany(b => b.Rows).OfType<ChangeRow>()
            .Where(r => r.Status == SentenceStatus.Moved).ToList();

        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0].OtherEnd, Is.EqualTo("#" + rows[1].Anchor));
        Assert.That(rows[1].OtherEnd, Is.EqualTo("#" + rows[0].Anchor));
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
