using KzDiff.Core.Comparison;
using static KzDiff.Core.Tests.Comparison.TestTrees;

namespace KzDiff.Core.Tests.Comparison;

public sealed class SectionAlignmentTests
{
    private static readonly string[] TortureText =
    [
        "The law prohibits torture, but police routinely beat detainees to extract confessions in pretrial facilities.",
        "The prosecutor general's office registered several hundred complaints of torture during the year.",
        "Few of these complaints led to criminal charges against officers.",
    ];

    private static readonly string[] PressText =
    [
        "Independent journalists faced harassment, surveillance and criminal libel suits brought by officials.",
        "Authorities blocked several news websites without court orders during protests.",
    ];

    [Test]
    public void Compare_PairsByBody_WhenTitleIsRewritten()
    {
        var older = Edition(2019, Node("1", "Respect for the Integrity of the Person", [], Node("1.c", "c. Torture", TortureText)));
        var newer = Edition(2020, Node("1", "Respect for the Integrity of the Person", [], Node("1.c", "c. Cruel Treatment by Officials", TortureText)));

        var pair = EditionComparer.Compare(older, newer).Sections.Single(s => s.Old?.Path == "1.c");

        Assert.That(pair.New!.Path, Is.EqualTo("1.c"));
        Assert.That((pair.Renamed, pair.Moved, pair.Status), Is.EqualTo((true, false, SectionStatus.Modified)));
        Assert.That(pair.Similarity, Is.EqualTo(1).Within(0.001));
        Assert.That(pair.Evidence, Is.Not.Empty);
    }

    [Test]
    public void Compare_FlagsMovedNotRenamed_WhenSubsectionIsRelettered()
    {
        var older = Edition(2019, Node("2", "Civil Liberties", [], Node("2.a", "a. Freedom of the Press", PressText), Node("2.b", "b. Torture", TortureText)));
        var newer = Edition(2020, Node("2", "Civil Liberties", [], Node("2.a", "a. Torture", TortureText), Node("2.b", "b. Freedom of the Press", PressText)));

        var pairs = EditionComparer.Compare(older, newer).Sections.Where(s => s.Old?.Path.StartsWith("2.", StringComparison.Ordinal) == true).ToList();

        Assert.That(pairs.Select(p => (p.Old!.Path, p.New!.Path)), Is.EquivalentTo(new[] { ("2.a", "2.b"), ("2.b", "2.a") }));
        Assert.That(pairs.All(p => p.Moved && !p.Renamed && p.Status == SectionStatus.Unchanged), Is.True);
    }

    [Test]
    public void Compare_ReportsAddedAndRemoved_WhenNothingCorresponds()
    {
        var older = Edition(2019, Node("1", "Life", [], Node("1.c", "c. Torture", TortureText)));
        var newer = Edition(2020, Node("1", "Life", [], Node("1.d", "d. Freedom of the Press", PressText)));

        var comparison = EditionComparer.Compare(older, newer);

        Assert.That(comparison.Sections.Single(s => s.Old?.Path == "1.c").Status, Is.EqualTo(SectionStatus.Removed));
        Assert.That(comparison.Sections.Single(s => s.New?.Path == "1.d").Status, Is.EqualTo(SectionStatus.Added));
        Assert.That(comparison.Statistics.SectionsAdded, Is.EqualTo(1));
        Assert.That(comparison.Statistics.SentencesRemoved, Is.EqualTo(TortureText.Length));
    }
}
