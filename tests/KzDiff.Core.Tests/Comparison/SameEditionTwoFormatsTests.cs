using KzDiff.Core.Comparison;

namespace KzDiff.Core.Tests.Comparison;

[Category("Corpus")]
public sealed class SameEditionTwoFormatsTests
{
    [Test]
    public void Compare_FindsNearlyNoChange_WhenPdfTextMeetsHtmlOfTheSameEdition()
    {
        var pdf = ComparisonCorpus.Load(Path.Combine("pdf-text", "kazakhstan-2019.txt"));
        var html = ComparisonCorpus.StateGov(2019, "kazakhstan");

        var comparison = EditionComparer.Compare(pdf, html);

        var rows = comparison.Sections.SelectMany(s => s.Sentences).Where(r => !(r.Status == SentenceStatus.Moved && r.MovedFrom is null)).ToList();
        var same = rows.Count(r => r.Status == SentenceStatus.Unchanged || r.Kind == ChangeKind.Formatting);
        var share = (double)same / rows.Count;
        TestContext.Out.WriteLine($"{same} of {rows.Count} sentences unchanged or formatting ({share:P2})");
        foreach (var row in rows.Where(r => r.Status != SentenceStatus.Unchanged && r.Kind != ChangeKind.Formatting).Take(40))
        {
            TestContext.Out.WriteLine($"{row.Status} {row.Kind}: {row.Old} => {row.New}");
        }

        Assert.That(comparison.Sections.Where(s => s.Status is SectionStatus.Added or SectionStatus.Removed).Select(s => (s.Old ?? s.New)!.Path), Is.Empty);
        Assert.That(share, Is.GreaterThanOrEqualTo(0.99));
    }
}
