using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KzDiff.Core.Parsing;
using KzDiff.Core.Parsing.Html;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Tests.Parsing.Html;

/// <summary>
/// The hand-written head scanner against the regular expressions it replaced (kept here as the
/// reference): the same hints from real pages, written cases, generated markup and hostile input.
/// </summary>
public sealed class StateGovPageMetadataTests
{
    private const string CanonicalKazakhstan = "https://www.state.gov/reports/2019-country-reports-on-human-rights-practices/kazakhstan/";

    [TestCase("<title>Kazakhstan - United States Department of State</title><link rel=\"canonical\" href=\"" + CanonicalKazakhstan + "\" /><h1>2019 Country Reports on Human Rights Practices: Kazakhstan</h1>")]
    [TestCase("<TITLE lang=en>Kazakhstan - United States Department of State</TITLE><LINK REL='CANONICAL' HREF='" + CanonicalKazakhstan + "'><H1 class=x>2019 Country Reports on Human Rights Practices: <span>Kazakhstan</span></H1>")]
    [TestCase("<meta property=\"og:url\" content=\"" + CanonicalKazakhstan + "\"><link rel=canonical href=\"https://example.org/other\">")]
    [TestCase("<link rel=\"stylesheet\" href=\"a.css\"><link rel = 'canonical' data-x=\"1\" href = \"" + CanonicalKazakhstan + "\">")]
    [TestCase("<link rel=\"canonical\" title=\"href='inside' \" href=\"" + CanonicalKazakhstan + "\">")]
    [TestCase("<link rel=\"canonical\" data-href=\"first\" href=\"second\">")]
    [TestCase("<link rel=\"canonical\" href=unquoted><meta property=og:url content=\"" + CanonicalKazakhstan + "\"><meta property='og:url' content='" + CanonicalKazakhstan + "'>")]
    [TestCase("<linked rel=\"canonical\" href=\"https://example.org/no\"><link_ rel=canonical href='x'><link\u0301 rel=canonical href='y'><link\u200D rel=canonical href='z'><linké rel=canonical href='w'>")]
    [TestCase("<h1></h1><h1> <b></b> </h1><h1>2020 Country Reports on Human Rights Practices: Kyrgyz Republic</h1>")]
    [TestCase("<h1>2020 Country Reports on Human Rights Practices: Uzbekistan <a href='x'>link</a> &amp; more")]
    [TestCase("<h1 <title>Not a title</title>")]
    [TestCase("<title a=\"<b>\">Kazakhstan - United States Department of State</title>")]
    [TestCase("<title>Broken <b>title</b></title><title>Kazakhstan - United States Department of State</title>")]
    [TestCase("<title>Kazakhstan &#8211; A &amp; B - United States Department of State</title>")]
    [TestCase("<titles>No</titles><title\u00A0x>Kazakhstan - United States Department of State</title>")]
    [TestCase("<h1>unclosed <h1>2019 Country Reports on Human Rights Practices: Kazakhstan</h1>")]
    [TestCase("<h1>a < b and <i>c</i> <unclosed</h1>")]
    [TestCase("<meta name=\"description\" content=\"rel=canonical\" property=\"og:url\" href='" + CanonicalKazakhstan + "'>")]
    [TestCase("<link rel=\"canonicalx\" content=\"" + CanonicalKazakhstan + "\">")]
    [TestCase("")]
    [TestCase("no markup at all")]
    public void ReadMarkup_AgreesWithReferencePatterns_WhenMarkupIsWritten(string markup) =>
        AssertAgrees(markup);

    [Test]
    public void ReadMarkup_ReadsYearCountryAndAddress_WhenHeadIsStateGovs()
    {
        var hints = StateGovPageMetadata.ReadMarkup(
            "<title>Kazakhstan - United States Department of State</title><link rel=\"canonical\" href=\"" + CanonicalKazakhstan + "\" />"
            + "<h1 class=\"featured-content__headline\">\n 2019 Country Reports on Human Rights Practices: Kazakhstan\n</h1>");

        Assert.That(hints, Is.EqualTo(new EditionHints(2019, "kazakhstan", "Kazakhstan", CanonicalKazakhstan)));
    }

    [Test]
    public void IsBoundaryWordChar_MatchesRegexWordBoundary_ForEveryChar()
    {
        var boundary = new Regex(@"^a\b", RegexOptions.CultureInvariant);
        var differing = new List<int>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var regexSaysWord = !boundary.IsMatch("a" + (char)c);
            if (regexSaysWord != HeadMarkupScanner.IsBoundaryWordChar((char)c))
            {
                differing.Add(c);
            }
        }

        Assert.That(differing, Is.Empty);
    }

    [Test]
    public void ReadMarkup_AgreesWithReferencePatterns_WhenMarkupIsGenerated()
    {
        string[] pieces =
        [
            "<h1", "<H1", "</h1>", "</H1 >", "<title", "</title>", "</TITLE>", "<link", "<LINK", "<meta", "<linkx", " ", "\n", "\u00A0",
            "rel", "REL", "=", " = ", "canonical", "property", "og:url", "href", "data-href", "content", "\"", "'", ">", "<", "<b>", "</b>",
            "é", "\u200D", "_", "x", "2019 Country Reports on Human Rights Practices: Veloria", "https://www.state.gov/reports/2021-country-reports-on-human-rights-practices/veloria/",
            "Veloria - United States Department of State", "&amp;", "&#8211;",
        ];
        var random = new Random(20191);
        var cases = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var markup = new StringBuilder();
            var length = random.Next(1, 40);
            for (var j = 0; j < length; j++)
            {
                markup.Append(pieces[random.Next(pieces.Length)]);
            }

            AssertAgrees(markup.ToString());
            cases++;
        }

        Assert.That(cases, Is.EqualTo(20_000));
    }

    [Test]
    public void ReadMarkup_AgreesWithReferencePatterns_OnEveryRealPage()
    {
        var pages = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestEnvironment.RequireCorpus(), "state-gov"), "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var id = html.IndexOf("id=\"report_content\"", StringComparison.Ordinal);
            AssertAgrees(id < 0 ? html : html[..html.LastIndexOf('<', id)], file);
            pages++;
        }

        Assert.That(pages, Is.GreaterThanOrEqualTo(451));
    }

    // Each shape is large enough that a scan restarting at every candidate (quadratic) would not
    // finish; the results say what a page with no usable head yields.
    [Test]
    public void ReadMarkup_FindsNothing_WhenTagsNeverClose()
    {
        const int Count = 200_000;
        string[] hostile =
        [
            "<link rel=canonical href=\"" + new string('a', 8 * Count),
            "<meta " + new string('x', 8 * Count),
            string.Concat(Enumerable.Repeat("<h1>", Count)),
            string.Concat(Enumerable.Repeat("<title>", Count)),
            string.Concat(Enumerable.Repeat("<title", Count)) + ">",
            "<link rel=canonical " + string.Concat(Enumerable.Repeat("href=\"", Count)) + ">",
            "<link " + string.Concat(Enumerable.Repeat("rel=\"canonica ", Count)) + ">",
            string.Concat(Enumerable.Repeat("<link><meta>", Count)),
            string.Concat(Enumerable.Repeat("<<<<", Count)),
        ];

        foreach (var markup in hostile)
        {
            Assert.That(StateGovPageMetadata.ReadMarkup(markup), Is.EqualTo(new EditionHints(null, null, null)), markup[..40]);
        }
    }

    [Test]
    public void ReadMarkup_ReadsHeadline_WhenAttributeIsHuge()
    {
        var markup = "<h1 data-x=\"" + new string('y', 4_000_000) + "\">2019 Country Reports on Human Rights Practices: Kazakhstan</h1>";

        var hints = StateGovPageMetadata.ReadMarkup(markup);

        Assert.That(hints, Is.EqualTo(new EditionHints(2019, "Kazakhstan", "Kazakhstan")));
    }

    private static void AssertAgrees(string markup, string? source = null) =>
        Assert.That(StateGovPageMetadata.ReadMarkup(markup), Is.EqualTo(ReferencePatterns.Read(markup)), source ?? markup);

    /// <summary>The regular expressions StateGovPageMetadata used before the scanner, as they were.</summary>
    private static class ReferencePatterns
    {
        private const RegexOptions Linear = RegexOptions.NonBacktracking;

        private static readonly Regex H1 = new(@"<h1\b[^>]*>(.*?)</h1>", RegexOptions.IgnoreCase | RegexOptions.Singleline | Linear);
        private static readonly Regex Tags = new(@"<[^>]*>", Linear);
        private static readonly Regex LinkOrMeta = new(@"<(?:link|meta)\b[^>]*>", RegexOptions.IgnoreCase | Linear);
        private static readonly Regex CanonicalMarker = new(@"\b(?:rel\s*=\s*[""']?canonical|property\s*=\s*[""']og:url)", RegexOptions.IgnoreCase | Linear);
        private static readonly Regex Href = new(@"\b(href|content)\s*=\s*[""']([^""']*)[""']", RegexOptions.IgnoreCase | Linear);
        private static readonly Regex TitleElement = new(@"<title\b[^>]*>([^<]*)</title>", RegexOptions.IgnoreCase | Linear);

        public static EditionHints Read(string markup)
        {
            string? headline = null;
            foreach (Match match in H1.Matches(markup))
            {
                headline = Decode(Tags.Replace(match.Groups[1].Value, " "));
                if (headline.Length > 0)
                {
                    break;
                }
            }

            string? canonical = null;
            foreach (Match link in LinkOrMeta.Matches(markup))
            {
                var tag = link.Value;
                if (CanonicalMarker.IsMatch(tag) && Href.Match(tag) is { Success: true } href)
                {
                    canonical = WebUtility.HtmlDecode(href.Groups[2].Value);
                    break;
                }
            }

            var title = TitleElement.Match(markup);

            // Combined into hints as the scanner's findings are.
            return StateGovPageMetadata.Combine(headline, canonical, title.Success ? Decode(title.Groups[1].Value) : null);
        }

        private static string Decode(string text) => TextNormalizer.CollapseWhitespace(WebUtility.HtmlDecode(text));
    }
}
