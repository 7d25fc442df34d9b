using KzDiff.Core.Comparison;

namespace KzDiff.Core.Tests.Comparison;

public sealed class KazakhstanAlignmentTests
{
    [TestCase(2018, 2019)]
    [TestCase(2021, 2022)]
    [TestCase(2022, 2023)]
    [TestCase(2023, 2024)]
    public void Compare_PrintsTable_ForKazakhstan(int oldYear, int newYear)
    {
        var comparison = EditionComparer.Compare(ComparisonCorpus.StateGov(oldYear, "kazakhstan"), ComparisonCorpus.StateGov(newYear, "kazakhstan"));
        TestContext.Out.WriteLine(AlignmentTable.Format(comparison));
        TestContext.Out.WriteLine(comparison.Statistics);
        Assert.That(comparison.Sections, Is.Not.Empty);
    }
}
