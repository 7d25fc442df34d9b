using KzDiff.Core.Comparison;

namespace KzDiff.Core.Tests.Comparison;

[Category("Corpus")]
public sealed class SectionPairingTests
{
    [TestCase(2018, 2019)]
    [TestCase(2021, 2022)]
    [TestCase(2023, 2024)]
    public void AlignSections_ListsTheSectionPairsOfCompare_InTheSameOrder(int from, int to)
    {
        var older = ComparisonCorpus.StateGov(from, "kazakhstan");
        var newer = ComparisonCorpus.StateGov(to, "kazakhstan");

        var pairings = EditionComparer.AlignSections(older, newer);
        var fromCompare = EditionComparer.Compare(older, newer).Sections
            .Where(s => s.Old is not null && s.New is not null && s.Old.Path != older.Root.Path)
            .Select(s => new SectionPairing(s.Old!, s.New!, s.Similarity, s.Confidence));

        Assert.That(pairings, Is.Not.Empty);
        Assert.That(pairings, Is.EqualTo(fromCompare));
    }
}
