using System.Text;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing.Pdf;

/// <summary>
/// Reads the lines of a PDF file into blocks: State's printable edition (running headers and
/// footers on every page) and a state.gov page printed by a browser (the site's menus before the
/// report, its table of contents and footer after, the browser's own date and address on every
/// page). Unlike extracted text the layout shows what the text alone cannot: a heading is set in
/// bold, a paragraph ends where the next line starts lower than the line pitch, page furniture
/// sits at the same height on every page.
/// </summary>
internal static class PdfLayoutReader
{
    // What a state.gov page prints after the report's last paragraph: its navigation, in any year.
    private static readonly string[] SiteEndMarkers =
    [
        "View report by", "On This Page", "Tags", "Related Articles", "Back to Top", "Build a Custom Report",
    ];

    public static SourceDocument Read(PdfLayout layout)
    {
        var lines = Clean(layout);
        if (lines.Count == 0)
        {
            throw new EditionParseException("no report text found: the PDF has no text (a scanned image needs OCR first)");
        }

        var bodySize = BodySize(lines);
        var (start, titleHints) = BodyStart(lines, bodySize);
        var end = BodyEnd(lines, start);
        var blocks = ReadBlocks(lines.GetRange(start, end - start), bodySize);
        if (!blocks.Any(b => b.Kind == SourceBlockKind.Paragraph))
        {
            throw new EditionParseException("no report text found: the PDF has no paragraphs");
        }

        return new SourceDocument(blocks, EditionHints.None, titleHints);
    }

    // Text normalised, empty lines gone, and page furniture removed: a line (digits aside) printed
    // at the same height on at least half of the pages is a running header or footer, and a line
    // holding only a page number ("18", "18/20", "Page 3 of 20") is one too.
    private static List<PdfLine> Clean(PdfLayout layout)
    {
        var lines = new List<PdfLine>(layout.Lines.Length);
        foreach (var line in layout.Lines)
        {
            var text = Normalize(line.Text);
            if (text.Length > 0)
            {
                lines.Add(line with { Text = text, LeadingBold = line.LeadingBold is null ? null : Normalize(line.LeadingBold) });
            }
        }

        var pages = lines.Select(l => l.Page).Distinct().Count();
        if (pages < 3)
        {
            return [.. lines.Where(l => !IsPageNumber(l.Text))];
        }

        var pagesByKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var key = FurnitureKey(line);
            if (!pagesByKey.TryGetValue(key, out var seen))
            {
                pagesByKey[key] = seen = [];
            }

            seen.Add(line.Page);
        }

        var threshold = Math.Max(3, pages / 2);
        return [.. lines.Where(l => pagesByKey[FurnitureKey(l)].Count < threshold && !IsPageNumber(l.Text))];
    }

    private static string FurnitureKey(PdfLine line)
    {
        var text = new StringBuilder(line.Text.Length + 8);
        text.Append(Math.Round(line.Top / 3)).Append('|');
        // A run of digits is one mark: page "9/20" and page "10/20" carry the same footer.
        foreach (var c in line.Text)
        {
            if (!char.IsDigit(c))
            {
                text.Append(c);
            }
            else if (text[^1] != '#')
            {
                text.Append('#');
            }
        }

        return text.ToString();
    }

    private static bool IsPageNumber(string text)
    {
        var rest = text.StartsWith("Page ", StringComparison.OrdinalIgnoreCase) ? text[5..] : text;
        rest = rest.Replace(" of ", "/", StringComparison.OrdinalIgnoreCase).Replace(" ", "", StringComparison.Ordinal);
        return rest.Length is > 0 and <= 9 && rest.All(c => char.IsDigit(c) || c == '/') && char.IsDigit(rest[0]);
    }

    // The size most of the text is set in, weighted by length.
    private static double BodySize(List<PdfLine> lines) =>
        lines.GroupBy(l => Math.Round(l.FontSize * 2) / 2).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;

    // The report's title ("2019 Country Reports on Human Rights Practices: Kazakhstan", or
    // "KAZAKHSTAN 2019 HUMAN RIGHTS REPORT") names the edition; the report itself starts at the
    // first heading after it, past a printed page's download links and table of contents (which
    // are not set as headings).
    private static (int Start, EditionHints Title) BodyStart(List<PdfLine> lines, double bodySize)
    {
        var titleIndex = -1;
        var title = EditionHints.None;
        for (var i = 0; i < lines.Count; i++)
        {
            var hints = ReportTitles.FromTitleLine(lines[i].Text);
            if (hints.Year is not null && (titleIndex < 0 || lines[i].FontSize > lines[titleIndex].FontSize))
            {
                titleIndex = i;
                title = hints;
            }

            if (titleIndex >= 0 && IsHeading(lines[i], bodySize) && i > titleIndex)
            {
                break;
            }
        }

        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            if (IsHeading(lines[i], bodySize) && (lines[i].FontSize > bodySize + 0.5 || IsOutlineLabel(lines[i].Text)))
            {
                return (i, title);
            }
        }

        return (titleIndex + 1, title);
    }

    private static int BodyEnd(List<PdfLine> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            var text = lines[i].Text.TrimEnd(':', ' ');
            if (SiteEndMarkers.Any(m => text.Equals(m, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return lines.Count;
    }

    private static List<SourceBlock> ReadBlocks(List<PdfLine> lines, double bodySize)
    {
        var pitch = LinePitch(lines, bodySize);
        var right = lines.Where(l => !l.Bold).Select(l => l.Right).DefaultIfEmpty(0).Max();
        var blocks = new List<SourceBlock>();
        var paragraph = new StringBuilder();
        string? emphasis = null;
        PdfLine? previous = null;
        var previousWasHeading = false;
        foreach (var line in lines)
        {
            if (IsHeading(line, bodySize))
            {
                Flush(blocks, paragraph, ref emphasis);
                if (previousWasHeading && ContinuesHeading(previous!, line) && blocks[^1].Kind == SourceBlockKind.Heading)
                {
                    blocks[^1] = blocks[^1] with { Text = blocks[^1].Text + " " + line.Text };
                }
                else
                {
                    blocks.Add(new SourceBlock(SourceBlockKind.Heading, line.Text, LevelOf(line.FontSize, bodySize)) { HasMarkup = true });
                }

                previous = line;
                previousWasHeading = true;
                continue;
            }

            if (paragraph.Length > 0 && (line.LeadingBold is not null || StartsParagraph(previous!, line, pitch, right)))
            {
                Flush(blocks, paragraph, ref emphasis);
            }

            if (paragraph.Length == 0)
            {
                emphasis = line.LeadingBold;
                paragraph.Append(line.Text);
            }
            else if (paragraph[^1] == '-' && paragraph.Length >= 2 && char.IsLetter(paragraph[^2]))
            {
                // Neither a browser nor State's word processor hyphenates: a hyphen at a line end belongs to the word.
                paragraph.Append(line.Text);
            }
            else
            {
                paragraph.Append(' ').Append(line.Text);
            }

            previous = line;
            previousWasHeading = false;
        }

        Flush(blocks, paragraph, ref emphasis);
        return blocks;
    }

    private static void Flush(List<SourceBlock> blocks, StringBuilder paragraph, ref string? emphasis)
    {
        if (paragraph.Length > 0)
        {
            // Bold is visible in a PDF, underline is not: a run-in heading without a bold run is left to the text rule.
            blocks.Add(new SourceBlock(SourceBlockKind.Paragraph, paragraph.ToString(), 0, emphasis) { HasMarkup = emphasis is not null });
            paragraph.Clear();
        }

        emphasis = null;
    }

    // A whole line in bold is a heading, unless it reads as the end of a sentence of text.
    private static bool IsHeading(PdfLine line, double bodySize) =>
        line.Bold && line.LeadingBold is null && line.Text.Length <= 200 && line.FontSize >= bodySize * 0.75
        && (!line.Text.EndsWith('.') || IsOutlineLabel(line.Text));

    // A heading wrapped over two lines: same size, set at the line pitch, and the second line
    // does not open a heading of its own ("Section 1." is followed by its title, a separate block).
    private static bool ContinuesHeading(PdfLine previous, PdfLine line) =>
        previous.Page == line.Page
        && Math.Abs(previous.FontSize - line.FontSize) < 0.25
        && line.Top - previous.Top <= previous.FontSize * 1.5
        && !HeadingRules.TryParseSection(previous.Text, out _, out _)
        && !IsOutlineLabel(line.Text);

    // On one page a paragraph ends where the next line starts lower than the line pitch; across
    // a page break, where the last line closed a sentence well short of the right margin.
    private static bool StartsParagraph(PdfLine previous, PdfLine line, double pitch, double right)
    {
        if (previous.Page == line.Page)
        {
            return line.Top - previous.Top > pitch * 1.4;
        }

        return EndsSentence(previous.Text) && previous.Right < right - (previous.FontSize * 4);
    }

    private static double LinePitch(List<PdfLine> lines, double bodySize)
    {
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i].Top - lines[i - 1].Top;
            if (lines[i].Page == lines[i - 1].Page && !lines[i].Bold && Math.Abs(lines[i].FontSize - bodySize) < 0.5 && gap > 0 && gap < bodySize * 4)
            {
                gaps.Add(gap);
            }
        }

        if (gaps.Count == 0)
        {
            return bodySize * 1.2;
        }

        gaps.Sort();
        return gaps[gaps.Count / 4];
    }

    // The rank a browser's default style gives each heading size (h2 1.5em, h3 1.17em, h4 1em,
    // h5 0.83em), so that a printed page nests its sub-headings as the page does.
    private static int LevelOf(double size, double bodySize)
    {
        var ratio = size / bodySize;
        return ratio switch
        {
            >= 1.4 => 2,
            >= 1.1 => 3,
            >= 0.95 => 4,
            >= 0.78 => 5,
            _ => 6,
        };
    }

    private static bool IsOutlineLabel(string line) =>
        HeadingRules.TryParseSection(line, out _, out _) || HeadingRules.TryParseSubsection(line, out _) || HeadingRules.IsExecutiveSummary(line);

    private static bool EndsSentence(string line) =>
        line.Length > 0 && line[^1] is '.' or '?' or '!' or '”' or '"' or ')' or ':' or '’';

    private static string Normalize(string text) =>
        TextNormalizer.CollapseWhitespace(text
            .Replace("\uFB00", "ff", StringComparison.Ordinal)
            .Replace("\uFB01", "fi", StringComparison.Ordinal)
            .Replace("\uFB02", "fl", StringComparison.Ordinal)
            .Replace("\uFB03", "ffi", StringComparison.Ordinal)
            .Replace("\uFB04", "ffl", StringComparison.Ordinal));
}
