using System.Text;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Parsing.Corpus;

/// <summary>The 2019 Kazakhstan edition, read from the state.gov page and from the PDF text.</summary>
[Category("Corpus")]
public sealed class KazakhstanEditionTests
{
    private static readonly Lazy<Edition> Html = new(() => ParseFile(EditionCorpus.StateGovPage(2019, "kazakhstan")));
    private static readonly Lazy<Edition> Pdf = new(() => ParseFile(EditionCorpus.KazakhstanPdfText));

    public static IEnumerable<TestCaseData> BothSources()
    {
        yield return new TestCaseData("html").SetArgDisplayNames("html");
        yield return new TestCaseData("pdf-text").SetArgDisplayNames("pdf-text");
    }

    [TestCaseSource(nameof(BothSources))]
    public void Parse_FindsLetteredSubsections_InSections1And2And7(string source)
    {
        var root = Get(source).Root;

        Assert.Multiple(() =>
        {
            Assert.That(Letters(root, "1"), Is.EqualTo("abcdef"));
            Assert.That(Letters(root, "2"), Is.EqualTo("abcdefg"));
            Assert.That(Letters(root, "7"), Is.EqualTo("abcde"));
        });
    }

    [TestCaseSource(nameof(BothSources))]
    public void Parse_PutsPrisonConditionsRunInsUnder1c(string source)
    {
        var root = Get(source).Root;
        var prison = root.DescendantsAndSelf().Single(n => n.Path == "1.c/prison-and-detention-center-conditions");

        Assert.Multiple(() =>
        {
            Assert.That(prison.Level, Is.EqualTo(SectionLevel.Subheading));
            Assert.That(prison.Title, Is.EqualTo("Prison and Detention Center Conditions"));
            Assert.That(prison.Children.Select(c => c.Level), Is.All.EqualTo(SectionLevel.RunIn));
            Assert.That(prison.Children.Select(c => c.Title), Is.EqualTo(new[] { "Physical Conditions", "Administration", "Independent Monitoring" }));
            Assert.That(prison.Children[0].Path, Is.EqualTo("1.c/prison-and-detention-center-conditions/physical-conditions"));
            Assert.That(prison.Children[0].Sentences.First(), Does.StartWith("The NPM reported concerns included"));
        });
    }

    [Test]
    public void Parse_GivesSameOutline_ForPdfTextAndHtml()
    {
        static List<string> Outline(Edition e) =>
            e.Root.DescendantsAndSelf().Skip(1).Select(n => $"{n.Level}: {n.Title.ToUpperInvariant()}").ToList();

        var html = Outline(Html.Value);
        var pdf = Outline(Pdf.Value);

        Assert.That(pdf, Is.EqualTo(html));
        Assert.That(html, Has.Count.GreaterThan(80));
    }

    [Test]
    public void Parse_GivesNearlyIdenticalSentences_ForPdfTextAndHtml()
    {
        var html = Html.Value.Root.DescendantsAndSelf().SelectMany(n => n.Sentences).Select(Normalize).ToList();
        var pdf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in Pdf.Value.Root.DescendantsAndSelf().SelectMany(n => n.Sentences).Select(Normalize))
        {
            pdf[sentence] = pdf.GetValueOrDefault(sentence) + 1;
        }

        var identical = 0;
        foreach (var sentence in html)
        {
            if (pdf.GetValueOrDefault(sentence) > 0)
            {
                pdf[sentence]--;
                identical++;
            }
        }

        TestContext.Out.WriteLine($"identical sentences: {identical} of {html.Count}");
        Assert.That(html, Has.Count.GreaterThan(700));
        Assert.That(identical, Is.GreaterThanOrEqualTo(html.Count * 0.99));
    }

    [Test]
    public void Parse_RejoinsPdfLinesIntoParagraphs_AsOnThePage()
    {
        var html = Html.Value.Root.DescendantsAndSelf().Sum(n => n.Paragraphs.Length);
        var pdf = Pdf.Value.Root.DescendantsAndSelf().Sum(n => n.Paragraphs.Length);

        Assert.That(pdf, Is.EqualTo(html).Within(3).Percent);
    }

    [Test]
    public void Parse_ReadsMetadata_FromPageAndFromTitleLine()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Html.Value.Metadata.CountryKey, Is.EqualTo("kazakhstan"));
            Assert.That(Html.Value.Metadata.Year, Is.EqualTo(2019));
            Assert.That(Pdf.Value.Metadata.CountryKey, Is.EqualTo("kazakhstan"));
            Assert.That(Pdf.Value.Metadata.Year, Is.EqualTo(2019));
            Assert.That(Pdf.Value.Metadata.Format, Is.EqualTo(EditionFormat.PdfText));
            Assert.That(Pdf.Value.Metadata.Sha256, Has.Length.EqualTo(64).And.Match("^[0-9a-f]+$"));
        });
    }

    [Test]
    public void Parse_GivesOneCountryKey_ForBothKyrgyzSlugs()
    {
        var republic = ParseFile(EditionCorpus.StateGovPage(2016, "kyrgyz-republic"));
        var kyrgyzstan = ParseFile(EditionCorpus.StateGovPage(2020, "kyrgyzstan"));

        Assert.That(republic.Metadata.CountryKey, Is.EqualTo("kyrgyzstan").And.EqualTo(kyrgyzstan.Metadata.CountryKey));
    }

    // Whitespace, quotes and dashes differ between the page and the PDF; the words must not.
    internal static string Normalize(string sentence)
    {
        var builder = new StringBuilder(sentence.Length);
        foreach (var ch in sentence)
        {
            var mapped = ch switch
            {
                '“' or '”' or '„' => '"',
                '‘' or '’' => '\'',
                '–' or '—' or '‑' or '−' => '-',
                _ => ch,
            };
            if (char.IsWhiteSpace(mapped))
            {
                continue;
            }

            if (mapped == '-' && builder.Length > 0 && builder[^1] == '-')
            {
                continue;
            }

            builder.Append(mapped);
        }

        return builder.ToString();
    }

    private static Edition Get(string source) => source == "html" ? Html.Value : Pdf.Value;

    private static string Letters(SectionNode root, string section) =>
        string.Concat(root.Children.Single(c => c.Number == section).Children
            .Where(c => c.Level == SectionLevel.Subsection).Select(c => c.Number));

    private static Edition ParseFile(string path) => EditionParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path));
}
