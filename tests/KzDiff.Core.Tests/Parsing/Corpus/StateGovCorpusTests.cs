using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Parsing.Corpus;

/// <summary>Acceptance over every real state.gov page: one test case per page.</summary>
[Parallelizable(ParallelScope.None)]
[Category("Corpus")]
public sealed class StateGovCorpusTests
{
    private const int MaxWordDifference = 10;

    [TestCaseSource(typeof(EditionCorpus), nameof(EditionCorpus.StateGovPages))]
    public void Parse_BuildsFaithfulTree_ForEveryStateGovPage(string relativePath)
    {
        if (relativePath == EditionCorpus.MissingMarker)
        {
            TestEnvironment.RequireCorpus();
        }

        var year = int.Parse(relativePath[..4], System.Globalization.CultureInfo.InvariantCulture);
        var slug = Path.GetFileNameWithoutExtension(relativePath);
        var bytes = File.ReadAllBytes(Path.Combine(EditionCorpus.StateGovFolder, relativePath));

        // A neutral source name: country and year must come from the page itself.
        var edition = EditionParser.Parse(bytes, "saved-page.html");

        var sections = edition.Root.Children.Where(c => c.Level == SectionLevel.Section).Select(c => c.Number).ToList();
        // Every page of the corpus prints all its sections (checked: none lacks one, colombia 2019 included).
        var expected = Enumerable.Range(1, year >= 2024 ? 3 : 7).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var pageWords = ReportBodyWords.CountInPage(System.Text.Encoding.UTF8.GetString(bytes));
        var treeWords = ReportBodyWords.CountInTree(edition.Root);

        TestContext.Out.WriteLine($"WORDS {relativePath} page={pageWords} tree={treeWords}");
        Assert.Multiple(() =>
        {
            Assert.That(edition.Metadata.Year, Is.EqualTo(year), "year");
            Assert.That(edition.Metadata.CountryKey, Is.EqualTo(CountryKeys.Normalize(slug)), "country key");
            Assert.That(edition.Metadata.Format, Is.EqualTo(EditionFormat.StateGovHtml), "format");
            Assert.That(edition.Root.Children.Count(c => c.Level == SectionLevel.Summary), Is.EqualTo(1), "Executive Summary");
            Assert.That(sections, Is.EqualTo(expected), "Section N. headings");
            Assert.That(treeWords, Is.EqualTo(pageWords).Within(0.5).Percent, "words in the tree vs the page's report body");

            // Stricter than the 0.5% acceptance bound: today every page is within a handful of words
            // (a navigation line, a template placeholder), so even a short dropped paragraph fails.
            Assert.That(treeWords, Is.EqualTo(pageWords).Within(MaxWordDifference), "words, absolute");
        });
    }
}
