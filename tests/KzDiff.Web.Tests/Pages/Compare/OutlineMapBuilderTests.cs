using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;
using KzDiff.Web.Pages.Compare;
using KzDiff.Web.Tests.Browser;

namespace KzDiff.Web.Tests.Pages.Compare;

public sealed class OutlineMapBuilderTests
{
    private static readonly EditionComparison Sample = SampleComparisons.Freedonia(2022, 2023);

    [Test]
    public void Build_SaysWhereEachOldSectionWent_AndWhereEachNewOneCameFrom()
    {
        var map = Build(Sample);

        var old = Entries(map.Old);
        var @new = Entries(map.New);
        Assert.That(old["2.f Internally Displaced Persons"].Fate, Is.EqualTo("removed"));
        Assert.That(@new["2.e Protection of Refugees"].Fate, Is.EqualTo("added"));
        Assert.That(old["1.c Torture and Other Cruel Punishment"].Fate, Is.EqualTo("renamed"));
        Assert.That(old["1.c Torture and Other Cruel Punishment"].Links.Single().Anchor, Is.EqualTo("sec-1.c"));
        Assert.That(@new.Keys, Does.Not.Contain("2.f Internally Displaced Persons"), "a removed section is not in the new outline");
        Assert.That((map.Added, map.Removed, map.Merges, map.Splits), Is.EqualTo((1, 1, 0, 0)));
    }

    [Test]
    public void Build_TellsAMergeOnce_OnTheNewSection()
    {
        var refugees = Sample.Sections.Single(s => s.New?.Path == "2.e");
        var merged = Sample with
        {
            Sections =
            [
                .. Sample.Sections.Remove(refugees),
                refugees with { Old = new SectionReference("1.d", "d. Arbitrary Arrest or Detention"), Status = SectionStatus.Modified, Merged = true },
                refugees with { Old = new SectionReference("2.f", "f. Internally Displaced Persons"), Status = SectionStatus.Modified, Merged = true },
            ],
        };

        var map = Build(merged);

        var target = Entries(map.New)["2.e Protection of Refugees"];
        Assert.That(target.Fate, Is.EqualTo("merged from"));
        Assert.That(target.Links.Select(l => l.Name), Is.EqualTo(new[] { "1.d Arbitrary Arrest or Detention", "2.f Internally Displaced Persons" }));
        Assert.That(Entries(map.Old)["2.f Internally Displaced Persons"].Fate, Is.EqualTo("merged into"));
        Assert.That(map.Merges, Is.EqualTo(1), "one merge, not one per old section");
    }

    [Test]
    public void Build_KeepsTheParentOfAChangedSectionInSight_AndFoldsLongUnchangedRuns()
    {
        var sections = Enumerable.Range(1, 6).Select(i => Pair($"4.{(char)('a' + i)}", $"{(char)('a' + i)}. Unchanged {i}")).ToList();
        sections.Insert(0, Pair("4", "Section 4. Corruption"));
        sections.Add(new SectionChange(SectionStatus.Removed, false, false, false, false, new SectionReference("4/press", "Press"), null, 0, 1, [], []));
        var comparison = Sample with { Sections = [.. sections] };

        var groups = OutlineMapBuilder.Build(comparison, ComparisonAnchors.Assign(comparison)).Old;

        Assert.That(groups.Select(g => (g.Folded, g.Entries.Length)), Is.EqualTo(new[] { (false, 1), (true, 6), (false, 1) }));
        Assert.That(groups[0].Entries[0].Context, Is.True, "section 4 stays in sight above its removed sub-heading");
    }

    [Test]
    public void Restructured_IsFalse_WhenSubheadingsWereRenamedUnderTheirOwnParent()
    {
        // Sub-headings are known by their titles: a new title in place reads as a move (Kazakhstan 2019→2020).
        var map = Build(Sample with { Sections = [.. Enumerable.Range(1, 5).Select(i => Moved($"2.a/old-{i}", $"2.a/new-{i}"))] });

        Assert.That((map.Moved, map.Relocated, map.Restructured), Is.EqualTo((5, 0, false)));
    }

    [Test]
    public void Restructured_IsTrue_WhenSectionsMovedUnderOtherParents()
    {
        var map = Build(Sample with { Sections = [.. "cdef".Select(letter => Moved($"1.{letter}", $"3.{letter}"))] });

        Assert.That((map.Moved, map.Relocated, map.Restructured), Is.EqualTo((4, 4, true)));
    }

    [TestCase("1.c/prison/physical", "1.c/prison")]
    [TestCase("1.c", "1")]
    [TestCase("1", null)]
    [TestCase("executive-summary", null)]
    public void Parent_IsTheSectionAbove(string path, string? parent) =>
        Assert.That(OutlineMapBuilder.Parent(path), Is.EqualTo(parent));

    private static SectionChange Pair(string path, string title) =>
        new(SectionStatus.Unchanged, false, false, false, false, new SectionReference(path, title), new SectionReference(path, title), 1, 1, [], []);

    private static SectionChange Moved(string from, string to) =>
        new(SectionStatus.Modified, false, false, false, false, new SectionReference(from, from), new SectionReference(to, to), 1, 1, [], []);

    private static OutlineMap Build(EditionComparison comparison) => OutlineMapBuilder.Build(comparison, ComparisonAnchors.Assign(comparison));

    private static Dictionary<string, OutlineEntry> Entries(System.Collections.Immutable.ImmutableArray<OutlineGroup> groups) =>
        groups.SelectMany(g => g.Entries).ToDictionary(e => e.Name);
}
