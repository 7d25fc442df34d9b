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

        var blocks = ReadBlocks(PageFurniture.Remove(lines, titleLine.CountrySlug));
        if (!blocks.Any(b => b.Kind == SourceBlockKind.Paragraph))
        {
            throw new EditionParseException("no report text found: the text has no paragraphs");
        }

        return new SourceDocument(blocks, EditionHints.None, titleLine);
    }

    /// <summary>Blocks of hard-wrapped text already free of page furniture (also used for text pasted into a web page).</summary>
    public static List<SourceBlock> ReadBlocks(string text) => ReadBlocks(PageFurniture.Remove(SplitLines(text), null));

    private static List<SourceBlock> ReadBlocks(List<string> lines)
    {
        var width = TypicalWidth(lines);
        lines = LostHyphens.Repair(lines, width);
        var blocks = new List<SourceBlock>();
        var paragraph = new StringBuilder();
        var previousClosed = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];

            // A new heading or run-in can only start after a line that closed a sentence; such a
            // line may still reach the full width, so its paragraph is closed here, not by width.
            if (previousClosed)
            {
                if (TryReadHeading(lines, i, width, out var heading, out var used))
                {
                    Flush(blocks, paragraph);
                    blocks.Add(new SourceBlock(SourceBlockKind.Heading, heading));
                    i += used - 1;
                    previousClosed = true;
                    continue;
                }

                if (StartsRunIn(line))
                {
                    Flush(blocks, paragraph);
                }
            }

            AppendLine(paragraph, line);
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            previousClosed = EndsSentence(line);
            if (next is null || EndedEarly(line, next, width, ParagraphSlack(width)) && previousClosed)
            {
                Flush(blocks, paragraph);
            }
        }

        return blocks;
    }

    private static void Flush(List<SourceBlock> blocks, StringBuilder paragraph)
    {
        if (paragraph.Length > 0)
        {
            blocks.Add(new SourceBlock(SourceBlockKind.Paragraph, paragraph.ToString()));
            paragraph.Clear();
        }
    }

    // "Physical Conditions: The NPM reported ..." opens a paragraph with a Title-Case phrase and a colon.
    private static bool StartsRunIn(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && HeadingRules.IsTitleCasePhrase(line[..colon].Trim());
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
        // Lines the extractor glued together (about twice the width) would skew the estimate.
        var lengths = lines.Where(l => l.Length is > 0 and <= 120).Select(l => l.Length).Order().ToArray();
        return lengths.Length == 0 ? 80 : lengths[(int)(lengths.Length * 0.9)];
    }

    private static bool TryReadHeading(List<string> lines, int index, int width, out string heading, out int used)
    {
        var line = lines[index];
        var next = index + 1 < lines.Count ? lines[index + 1] : null;
        heading = line;
        used = 1;

        // Headings are set in a larger bold face and wrap early: "a. Arbitrary Deprivation of Life
        // and Other Unlawful or Politically Motivated" / "Killings". A line ending in a minor word
        // ("... or") must continue; a long heading line followed by a short Title-Case fragment
        // does too, except after "Section N. Title", whose next short line is a sub-heading ("Women").
        if (next is not null && !EndsSentence(line) && !EndsSentence(next) && !IsOutlineLabel(next))
        {
            var endsInMinorWord = HeadingRules.IsMinorWord(line[(line.LastIndexOf(' ') + 1)..]);
            var longLine = line.Length >= width * 0.75 && !HeadingRules.TryParseSection(line, out _, out _);
            var joined = $"{line} {next}";
            if ((endsInMinorWord || longLine) && TextHeadings.IsHeadingLine(joined))
            {
                heading = joined;
                used = 2;
                return true;
            }
        }

        if (!TextHeadings.IsHeadingLine(line))
        {
            return false;
        }

        return IsOutlineLabel(line) || next is null || EndedEarly(line, next, width, HeadingSlack(width));
    }

    private static bool IsOutlineLabel(string line) =>
        HeadingRules.TryParseSection(line, out _, out _) || HeadingRules.TryParseSubsection(line, out _) || HeadingRules.IsExecutiveSummary(line);

    private static bool EndsSentence(string line) =>
        line.Length > 0 && line[^1] is '.' or '?' or '!' or '”' or '"' or ')' or ':' or '’';

    // The line stopped although the next word would have fitted: the author broke it there.
    private static bool EndedEarly(string line, string next, int width, int slack)
    {
        var space = next.IndexOf(' ', StringComparison.Ordinal);
        var nextWordLength = space < 0 ? next.Length : space;
        return line.Length + 1 + nextWordLength <= width - slack;
    }

    // Proportional fonts make character counts fuzzy. A paragraph break needs only a character of
    // room (measured on Kazakhstan 2019: 242 paragraphs against the page's 241); a heading, which
    // would reshape the outline, needs the next word to have fitted with room to spare.
    private static int ParagraphSlack(int width) => Math.Max(1, width / 80);

    private static int HeadingSlack(int width) => Math.Max(2, width / 20);

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
