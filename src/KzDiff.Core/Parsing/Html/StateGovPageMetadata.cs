using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing.Html;

/// <summary>Country and year as a state.gov page states them: h1 headline, canonical URL, title.</summary>
internal static partial class StateGovPageMetadata
{
    private const string TitleSuffix = " - United States Department of State";

    public static EditionHints Read(IDocument document)
    {
        string? headline = null;
        foreach (var h1 in document.QuerySelectorAll("h1"))
        {
            headline = StateGovHtmlReader.TextOf(h1);
            if (headline.Length > 0)
            {
                break;
            }
        }

        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        return Combine(headline, canonical, document.Title);
    }

    /// <summary>
    /// The same facts read with linear-time patterns from the markup before the report body, so the
    /// page's menus and table of contents need not be parsed into a DOM at all.
    /// </summary>
    public static EditionHints ReadMarkup(string markup)
    {
        string? headline = null;
        foreach (Match match in H1().Matches(markup))
        {
            headline = Decode(Tags().Replace(match.Groups[1].Value, " "));
            if (headline.Length > 0)
            {
                break;
            }
        }

        string? canonical = null;
        foreach (Match link in LinkOrMeta().Matches(markup))
        {
            var tag = link.Value;
            if (CanonicalMarker().IsMatch(tag) && Href().Match(tag) is { Success: true } href)
            {
                canonical = WebUtility.HtmlDecode(href.Groups[2].Value);
                break;
            }
        }

        var title = TitleElement().Match(markup);
        return Combine(headline, canonical, title.Success ? Decode(title.Groups[1].Value) : null);
    }

    private static EditionHints Combine(string? headline, string? canonicalUrl, string? pageTitle)
    {
        var fromHeadline = ReportTitles.FromHeadline(headline);
        var fromUrl = ReportTitles.FromUrl(canonicalUrl);
        var title = pageTitle?.Trim();
        string? titleName = null;
        if (!string.IsNullOrEmpty(title) && title.EndsWith(TitleSuffix, StringComparison.Ordinal))
        {
            titleName = title[..^TitleSuffix.Length].Trim();
        }

        return new EditionHints(
            fromUrl.Year ?? fromHeadline.Year,
            fromUrl.CountrySlug ?? fromHeadline.CountrySlug ?? titleName,
            fromHeadline.CountryName ?? titleName,
            ReportAddress.Accept(canonicalUrl));
    }

    private static string Decode(string text) => TextNormalizer.CollapseWhitespace(WebUtility.HtmlDecode(text));

    [GeneratedRegex(@"<h1\b[^>]*>(.*?)</h1>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex H1();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tags();

    [GeneratedRegex(@"<(?:link|meta)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LinkOrMeta();

    [GeneratedRegex(@"\b(?:rel\s*=\s*[""']?canonical|property\s*=\s*[""']og:url)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CanonicalMarker();

    [GeneratedRegex(@"\b(href|content)\s*=\s*[""']([^""']*)[""']", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Href();

    [GeneratedRegex(@"<title\b[^>]*>([^<]*)</title>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TitleElement();
}
