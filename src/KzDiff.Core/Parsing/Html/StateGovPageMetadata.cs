using System.Net;
using AngleSharp.Dom;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing.Html;

/// <summary>Country and year as a state.gov page states them: h1 headline, canonical URL, title.</summary>
internal static class StateGovPageMetadata
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
    /// The same facts read from the markup before the report body, so the page's menus and table of
    /// contents need not be parsed into a DOM at all: the first non-empty <c>h1</c>, the first
    /// <c>link</c> or <c>meta</c> tag naming the canonical address, the <c>title</c> element.
    /// </summary>
    public static EditionHints ReadMarkup(ReadOnlySpan<char> markup)
    {
        string? headline = null;
        var from = 0;
        while (HeadMarkupScanner.TryFindStartTag(markup, from, "h1", out _, out var contentStart))
        {
            var close = HeadMarkupScanner.IndexOfAsciiIgnoreCase(markup, contentStart, "</h1>");
            if (close < 0)
            {
                break;
            }

            headline = Decode(HeadMarkupScanner.ReplaceTagsWithSpaces(markup[contentStart..close]));
            if (headline.Length > 0)
            {
                break;
            }

            from = close + "</h1>".Length;
        }

        var title = TitleText(markup);
        return Combine(headline, CanonicalAddress(markup), title is null ? null : Decode(title));
    }

    // The first <link> or <meta> tag with rel=canonical or property="og:url", and its href or content.
    private static string? CanonicalAddress(ReadOnlySpan<char> markup)
    {
        // Each name's next occurrence is looked for again only once the scan has passed it.
        int link = -1, meta = -1, from = 0;
        while (true)
        {
            link = link >= from ? link : OrNever(HeadMarkupScanner.IndexOfTagName(markup, from, "link"));
            meta = meta >= from ? meta : OrNever(HeadMarkupScanner.IndexOfTagName(markup, from, "meta"));
            var start = Math.Min(link, meta);
            if (start == int.MaxValue)
            {
                return null;
            }

            var close = markup[start..].IndexOf('>');
            if (close < 0)
            {
                return null;
            }

            var tag = markup.Slice(start, close + 1);
            if ((HeadMarkupScanner.HasAttributeValuePrefix(tag, "rel", "canonical", quoteOptional: true)
                    || HeadMarkupScanner.HasAttributeValuePrefix(tag, "property", "og:url", quoteOptional: false))
                && HeadMarkupScanner.TryFindQuotedValue(tag, "href", "content", out var value))
            {
                return WebUtility.HtmlDecode(tag[value].ToString());
            }

            from = start + close + 1;
        }
    }

    private static int OrNever(int index) => index < 0 ? int.MaxValue : index;

    // The text of the first <title>...</title> holding no other tag.
    private static string? TitleText(ReadOnlySpan<char> markup)
    {
        var from = 0;
        while (HeadMarkupScanner.TryFindStartTag(markup, from, "title", out _, out var textStart))
        {
            var end = markup[textStart..].IndexOf('<');
            if (end < 0)
            {
                return null;
            }

            end += textStart;
            if (HeadMarkupScanner.StartsWithAsciiIgnoreCase(markup[end..], "</title>"))
            {
                return markup[textStart..end].ToString();
            }

            // A <title the text ran into another tag: a title tag starting before that tag's < shares
            // this one's > and fails the same way.
            from = end;
        }

        return null;
    }

    internal static EditionHints Combine(string? headline, string? canonicalUrl, string? pageTitle)
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
}
