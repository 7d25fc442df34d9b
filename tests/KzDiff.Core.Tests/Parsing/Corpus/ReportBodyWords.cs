using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Tests.Parsing.Corpus;

/// <summary>
/// An independent count of a page's report-body words: the whole text content of the report
/// sections, minus what is never text (scripts, styles, icons, buttons). It shares no code with
/// the parser's block walk, so a paragraph the parser drops shows up as a shortfall.
/// </summary>
internal static class ReportBodyWords
{
    public static int CountInPage(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script, style, svg, button, noscript").ToList())
        {
            element.Remove();
        }

        var total = 0;
        foreach (var section in document.QuerySelectorAll("section.report__content__inner"))
        {
            if (section.ParentElement?.Closest("section.report__content__inner") is null)
            {
                total += Count(section.TextContent);
            }
        }

        // Paragraphs loose in the report content element, beside the sections, are report text too.
        if (document.GetElementById("report_content") is { } content)
        {
            total += content.Children.Where(c => c.LocalName == "p").Sum(p => Count(p.TextContent));
        }

        return total;
    }

    public static int CountInTree(SectionNode root) =>
        root.DescendantsAndSelf().Sum(node =>
            (node.Level == SectionLevel.Document ? 0 : Count(node.Title) + (node.Level == SectionLevel.Section ? 2 : 0))
            + node.Paragraphs.Sum(p => p.Sentences.Sum(Count)));

    /// <summary>Tokens between whitespace that hold at least one letter or digit.</summary>
    public static int Count(string text)
    {
        var count = 0;
        var inToken = false;
        var hasWordChar = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (inToken && hasWordChar)
                {
                    count++;
                }

                inToken = false;
                hasWordChar = false;
                continue;
            }

            inToken = true;
            hasWordChar |= char.IsLetterOrDigit(ch);
        }

        return inToken && hasWordChar ? count + 1 : count;
    }
}
