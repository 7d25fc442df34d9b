using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzDiff.Core.Parsing.PdfText;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing.Html;

/// <summary>
/// Reads a page saved from state.gov. The report body is the <c>section.report__content__inner</c>
/// elements (inside <c>#report_content</c> where the page has it; older saved variants lack that
/// id); everything else on the page (menus, table of contents, "View report by" panels, footer)
/// is ignored.
/// </summary>
internal static class StateGovHtmlReader
{
    // A "paragraph" with this many line breaks is hard-wrapped text pasted into the page.
    private const int HardWrappedLineCount = 20;

    private static readonly FrozenSet<string> SkippedElements = new[]
    {
        "script", "style", "svg", "nav", "button", "form", "noscript", "template", "iframe", "select",
        "aside", "footer", "figure", "img", "input", "label", "option",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> EmphasisElements =
        new[] { "strong", "b", "u" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the page; nothing read keeps a reference to <paramref name="html"/>, which may be a pooled buffer.</summary>
    public static SourceDocument Read(ReadOnlyMemory<char> html, EditionParserOptions limits)
    {
        // Most of a page is menus, the table of contents and the report builder ahead of the
        // report; parsing only from the report content element on cuts the work by two thirds.
        var contentStart = ReportContentStart(html.Span);
        using var document = ParseGuarded(contentStart > 0 ? html[contentStart..] : html, new ParseBudget(limits), stopAfterReportContent: contentStart > 0);
        var hints = contentStart > 0 ? StateGovPageMetadata.ReadMarkup(html.Span[..contentStart]) : StateGovPageMetadata.Read(document);
        var parts = FindReportBody(document);
        if (parts.Count == 0)
        {
            throw new EditionParseException(hints.Year is null && hints.CountrySlug is null
                ? "not a Country Report on Human Rights Practices: the page has no report body"
                : "no report body found: the page has no report__content__inner section");
        }

        var blocks = new List<SourceBlock>();
        foreach (var part in parts)
        {
            if (part.LocalName == "p")
            {
                AddLooseParagraph(blocks, part);
            }
            else
            {
                CollectBlocks(part, blocks);
            }
        }

        if (!blocks.Any(b => b.Kind == SourceBlockKind.Paragraph))
        {
            throw new EditionParseException("the report body has no paragraphs");
        }

        return new SourceDocument(blocks, hints, EditionHints.None);
    }

    // AngleSharp's tree construction scans the open elements for every start tag (is a <p> in
    // scope?), so its time grows with the square of the nesting: 50,000 nested divs took 34 s.
    // The page is refused as soon as an element lies deeper than the limit, which caps that scan
    // and keeps the whole parse linear. An element's depth is known only once AngleSharp has
    // inserted it, which it has done by the time it creates the next one.
    //
    // With stopAfterReportContent the parse ends at the first element inserted outside
    // #report_content once that has closed: the sidebar, the country picker and the footer after
    // the report are a third of what is parsed. HTML tree construction never inserts into an
    // element it has closed, so the report content is whole by then.
    private static IDocument ParseGuarded(ReadOnlyMemory<char> html, ParseBudget budget, bool stopAfterReportContent)
    {
        IDocument? document = null;
        IElement? content = null;
        IElement? previous = null;
        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,
            OnCreated = (element, _) =>
            {
                document ??= element.Owner;
                CheckDepth(previous, budget);
                if (previous is not null && stopAfterReportContent)
                {
                    if (content is null && previous.Id == "report_content")
                    {
                        content = previous;
                    }
                    else if (content is not null && !IsWithin(previous, content))
                    {
                        throw new ReportContentEnded();
                    }
                }

                if (element.LocalName is ['h', >= '1' and <= '6'])
                {
                    budget.CountHeading();
                }

                previous = element;
            },
        });
        try
        {
            document = parser.ParseDocument(html);
        }
        catch (ReportContentEnded)
        {
            return document!;
        }

        CheckDepth(previous, budget);
        return document;
    }

    // Called after the depth check has passed, so this walk is bounded by the limit too.
    private static bool IsWithin(IElement element, IElement container)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (ReferenceEquals(current, container))
            {
                return true;
            }
        }

        return false;
    }

    // Thrown from AngleSharp's creation callback to end the parse early; never leaves this class.
    private sealed class ReportContentEnded : Exception;

    // Walks at most one step past the limit, so a check costs no more than the limit however deep the page.
    private static void CheckDepth(IElement? element, ParseBudget budget)
    {
        var depth = 0;
        for (var current = element; current is not null && depth <= budget.Limits.MaxNestingDepth; current = current.ParentElement)
        {
            depth++;
        }

        budget.CheckDepth(depth);
    }

    private static int ReportContentStart(ReadOnlySpan<char> html)
    {
        var id = html.IndexOf("id=\"report_content\"", StringComparison.Ordinal);
        return id < 0 ? -1 : html[..id].LastIndexOf('<');
    }

    // The report sections, plus paragraphs placed loose in #report_content beside them (the 2024
    // Kenya page carries its whole report as one such paragraph of pasted PDF text).
    private static List<IElement> FindReportBody(IDocument document)
    {
        var found = new List<IElement>();
        if (document.GetElementById("report_content") is { } content)
        {
            foreach (var child in content.Children)
            {
                if (child.LocalName == "p")
                {
                    found.Add(child);
                }
                else
                {
                    AddOutermostSections(child, found);
                }
            }

            return found;
        }

        AddOutermostSections(document.DocumentElement, found);
        return found;
    }

    // One walk that stops at each report section: nested sections belong to their outer one, and
    // no per-section ancestor search can turn a hostile nesting into quadratic work.
    private static void AddOutermostSections(IElement scope, List<IElement> found)
    {
        var stack = new Stack<IElement>();
        stack.Push(scope);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.LocalName == "section" && element.ClassList.Contains("report__content__inner"))
            {
                found.Add(element);
                continue;
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    private static void AddLooseParagraph(List<SourceBlock> blocks, IElement paragraph)
    {
        var raw = paragraph.TextContent;
        if (raw.Count(c => c == '\n') >= HardWrappedLineCount)
        {
            blocks.AddRange(PdfTextReader.ReadBlocks(raw));
            return;
        }

        AddBlock(blocks, SourceBlockKind.Paragraph, paragraph, 0);
    }

    private static void CollectBlocks(IElement root, List<SourceBlock> blocks)
    {
        // An explicit stack: hostile pages can nest elements deeply enough to overflow recursion.
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var name = element.LocalName;
            if (SkippedElements.Contains(name))
            {
                continue;
            }

            if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
            {
                AddHeading(blocks, element, name[1] - '0');
                continue;
            }

            if (name == "p")
            {
                // The 2024 pages label sections with <p class="report-toc-section">Section 1.</p>.
                var kind = element.ClassList.Contains("report-toc-section") ? SourceBlockKind.Heading : SourceBlockKind.Paragraph;
                AddBlock(blocks, kind, element, kind == SourceBlockKind.Heading ? 4 : 0);
                continue;
            }

            if (name == "li" && !HasBlockChild(element))
            {
                AddBlock(blocks, SourceBlockKind.Paragraph, element, 0);
                continue;
            }

            // ChildNodes is array-backed; AngleSharp's Children collection re-filters on every index.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement { LocalName: "p" or "ul" or "ol" or "li" or "div" or "table" or "blockquote" or "section" })
            {
                return true;
            }
        }

        return false;
    }

    private static void AddHeading(List<SourceBlock> blocks, IElement heading, int level)
    {
        // Some 2024 pages print the template's placeholder "Executive Summary Title".
        var text = TextOf(heading);
        if (heading.Id == "report-toc__exec-summary" && text.StartsWith("Executive Summary", StringComparison.OrdinalIgnoreCase))
        {
            blocks.Add(new SourceBlock(SourceBlockKind.Heading, text[.."Executive Summary".Length], level) { HasMarkup = true });
            return;
        }

        AddBlock(blocks, SourceBlockKind.Heading, heading, level);
    }

    private static void AddBlock(List<SourceBlock> blocks, SourceBlockKind kind, IElement element, int level)
    {
        var text = TextOf(element);
        if (text.Length == 0)
        {
            return;
        }

        var emphasis = kind == SourceBlockKind.Paragraph ? LeadingEmphasis(element) : null;
        blocks.Add(new SourceBlock(kind, text, level, emphasis) { HasMarkup = true });
    }

    // TextOf's builder, reused: a page has thousands of paragraphs.
    [ThreadStatic]
    private static StringBuilder? t_text;

    private const int MaxKeptBuilderCapacity = 64 * 1024;

    /// <summary>The element's visible text, whitespace collapsed, line breaks as spaces.</summary>
    public static string TextOf(INode node)
    {
        var builder = t_text ??= new StringBuilder();
        builder.Clear();
        AppendText(node, builder);
        var text = TextNormalizer.CollapseWhitespace(builder);
        if (builder.Capacity > MaxKeptBuilderCapacity)
        {
            // A whole report pasted into one paragraph: not kept for the thread's lifetime.
            t_text = null;
        }

        return text;
    }

    private static void AppendText(INode node, StringBuilder builder)
    {
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            switch (current)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement element when element.LocalName == "br":
                    builder.Append(' ');
                    break;
                case IElement element when SkippedElements.Contains(element.LocalName):
                    break;
                default:
                    for (var i = current.ChildNodes.Length - 1; i >= 0; i--)
                    {
                        stack.Push(current.ChildNodes[i]);
                    }

                    break;
            }
        }
    }

    // "<u>Physical </u><u>C</u><u>onditions</u>: ..." and "<b>Administration</b><b>:</b> ...":
    // the emphasised run that opens a paragraph, glued back together. The 2020 pages keep only
    // empty traces of it ("<u></u>Physical Conditions: ..."); such a trace still marks the phrase
    // up to the colon as the author's run-in heading.
    private static string? LeadingEmphasis(IElement paragraph)
    {
        var builder = new StringBuilder();
        var sawEmptyEmphasis = false;
        foreach (var child in paragraph.ChildNodes)
        {
            if (child is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data))
                {
                    break;
                }

                builder.Append(' ');
            }
            else if (child is IElement element && EmphasisElements.Contains(element.LocalName))
            {
                builder.Append(element.TextContent);
                sawEmptyEmphasis |= element.TextContent.Length == 0;
            }
            else if (child is IElement span && span.LocalName == "span" && span.Children.Length == 1
                && EmphasisElements.Contains(span.Children[0].LocalName) && span.TextContent == span.Children[0].TextContent)
            {
                builder.Append(span.TextContent);
            }
            else
            {
                break;
            }
        }

        var result = TextNormalizer.CollapseWhitespace(builder);
        if (result.Length == 0 && sawEmptyEmphasis)
        {
            var whole = TextOf(paragraph);
            var colon = whole.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? whole[..(colon + 1)] : null;
        }

        return result.Length == 0 ? null : result;
    }
}
