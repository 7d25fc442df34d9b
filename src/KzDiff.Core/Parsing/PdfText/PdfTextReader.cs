using System.Text;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing.PdfText;

/// <summary>
/// Reads text extracted from the printable PDF: drops the title line and page furniture, joins
/// hard-wrapped lines back into paragraphs and recognises headings, including those that wrap
/// over two lines. Paragraphs are not separated by blank lines in this text, so a paragraph ends
/// where a line ends a sentence well short of the page's typical line width.
/// </summary>
internal static class PdfTextReader
{
    public static SourceDocument Read(string text)
    {
        var lines = SplitLines(text);
        var titleLine = EditionHints.None;
        if (lines.Count > 0 && ReportTitles.FromTitleLine(lines[0]) is { Year: not null } hints)
        {
            titleLine = hints;
            lines.RemoveAt(0);
        }

        lines = PageFurniture.Remove(lines, titleLine.CountrySlug);
        var width = TypicalWidth(lines);
        var blocks = new List<SourceBlock>();
        var paragraph = new StringBuilder();
        var atParagraphStart = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (atParagraphStart && TryReadHeading(lines, i, width, out var heading, out var used))
            {
                blocks.Add(new SourceBlock(SourceBlockKind.Heading, heading));
                i += used - 1;
                continue;
            }

            AppendLine(paragraph, line);
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            atParagraphStart = next is null || EndsParagraph(line, next, width);
            if (atParagraphStart)
            {
                blocks.Add(new SourceBlock(SourceBlockKind.Paragraph, paragraph.ToString()));
                paragraph.Clear();
            }
        }

        if (!blocks.Any(b => b.Kind == SourceBlockKind.Paragraph))
        {
            throw new EditionParseException("no report text found: the text has no paragraphs");
        }

        return new SourceDocument(blocks, EditionHints.None, titleLine);
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            // The PDF starts most pages with a stray space; indentation carries no meaning here.
            lines.Add(TextNormalizer.CollapseWhitespace(text[range]));
        }

        return lines;
    }

    // The width a full line reaches: lines shorter than that by more than the next word ended early.
    private static int TypicalWidth(List<string> lines)
    {
        var lengths = lines.Where(l => l.Length > 0).Select(l => l.Length).Order().ToArray();
        return lengths.Length == 0 ? 80 : lengths[(int)(lengths.Length * 0.9)];
    }

    private static bool TryReadHeading(List<string> lines, int index, int width, out string heading, out int used)
    {
        var line = lines[index];
        heading = line;
        used = 1;
        if (line.Length == 0)
        {
            return false;
        }

        // "a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated" / "Killings".
        if (index + 1 < lines.Count && line.Length >= width * 0.7 && !EndsSentence(line))
        {
            var joined = $"{line} {lines[index + 1]}";
            var next = lines[index + 1];
            if (next.Length < width * 0.7 && TextHeadings.IsHeadingLine(joined) && IsOutlineLabel(line))
            {
                heading = joined;
                used = 2;
                return true;
            }
        }

        if (line.Length >= width * 0.9 && !IsOutlineLabel(line))
        {
            return false;
        }

        return TextHeadings.IsHeadingLine(line);
    }

    private static bool IsOutlineLabel(string line) =>
        HeadingRules.TryParseSection(line, out _, out _) || HeadingRules.TryParseSubsection(line, out _) || HeadingRules.IsExecutiveSummary(line);

    private static bool EndsSentence(string line) =>
        line.Length > 0 && line[^1] is '.' or '?' or '!' or '”' or '"' or ')' or ':' or '’';

    private static bool EndsParagraph(string line, string next, int width)
    {
        if (!EndsSentence(line))
        {
            return false;
        }

        // The line stopped although the next word would have fitted: the author broke it.
        var nextWord = next.Split(' ', 2)[0];
        return line.Length + 1 + nextWord.Length <= width - Slack(width);
    }

    // Proportional fonts make character counts fuzzy; a few characters of slack avoid false breaks.
    private static int Slack(int width) => Math.Max(2, width / 20);

    private static void AppendLine(StringBuilder paragraph, string line)
    {
        if (paragraph.Length == 0)
        {
            paragraph.Append(line);
            return;
        }

        var last = paragraph[^1];
        if (last == '-' && paragraph.Length >= 2 && char.IsLetter(paragraph[^2]) && line.Length > 0)
        {
            if (!LineEndHyphen.KeepsHyphen(paragraph, line))
            {
                paragraph.Length--;
            }

            paragraph.Append(line);
            return;
        }

        paragraph.Append(' ').Append(line);
    }
}
