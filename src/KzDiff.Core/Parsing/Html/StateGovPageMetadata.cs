using AngleSharp.Dom;

namespace KzDiff.Core.Parsing.Html;

/// <summary>Country and year as a state.gov page states them: h1 headline, canonical URL, title.</summary>
internal static class StateGovPageMetadata
{
    private const string TitleSuffix = " - United States Department of State";

    public static EditionHints Read(IDocument document)
    {
        var headline = ReportTitles.FromHeadline(HeadlineText(document));
        var canonical = ReportTitles.FromUrl(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        if (canonical.Year is null)
        {
            canonical = ReportTitles.FromUrl(document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        }

        var title = document.Title?.Trim();
        string? titleName = null;
        if (!string.IsNullOrEmpty(title) && title.EndsWith(TitleSuffix, StringComparison.Ordinal))
        {
            titleName = title[..^TitleSuffix.Length].Trim();
        }

        return new EditionHints(
            canonical.Year ?? headline.Year,
            canonical.CountrySlug ?? headline.CountrySlug ?? titleName,
            headline.CountryName ?? titleName);
    }

    private static string? HeadlineText(IDocument document)
    {
        foreach (var h1 in document.QuerySelectorAll("h1"))
        {
            var text = StateGovHtmlReader.TextOf(h1);
            if (text.Length > 0)
            {
                return text;
            }
        }

        return null;
    }
}
