using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing.PlainText;

/// <summary>
/// Reads text copied out of a browser: one paragraph per line, headings on their own lines.
/// A line is a heading when it is a known outline label ("Executive Summary", "Section 2.",
/// "a. Freedom of Expression") or a short Title-Case line without closing punctuation.
/// </summary>
internal static class PlainTextReader
{
    public static SourceDocument Read(string text)
    {
        var blocks = new List<SourceBlock>();
        var titleLine = EditionHints.None;
        var first = true;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = TextNormalizer.CollapseWhitespace(text[range]);
            if (line.Length == 0)
            {
                continue;
            }

            if (first)
            {
                first = false;
                titleLine = ReportTitles.FromTitleLine(line);
                if (titleLine.Year is not null)
                {
                    continue;
                }
            }

            var kind = TextHeadings.IsHeadingLine(line) ? SourceBlockKind.Heading : SourceBlockKind.Paragraph;
            blocks.Add(new SourceBlock(kind, line));
        }

        if (!blocks.Any(b => b.Kind == SourceBlockKind.Paragraph))
        {
            throw new EditionParseException("no report text found: the text has no paragraphs");
        }

        return new SourceDocument(blocks, EditionHints.None, titleLine);
    }
}
