namespace KzDiff.Core.Parsing.Text;

/// <summary>Which lines of a text edition are headings; shared by the plain and PDF text readers.</summary>
internal static class TextHeadings
{
    private const int MaxHeadingWords = 20;

    public static bool IsHeadingLine(string line)
    {
        if (HeadingRules.IsExecutiveSummary(line) || HeadingRules.TryParseSection(line, out _, out _))
        {
            return true;
        }

        if (line.EndsWith('.') || line.EndsWith(':') && !line.EndsWith("Including:", StringComparison.Ordinal) && !line.EndsWith("from:", StringComparison.Ordinal))
        {
            return false;
        }

        // "Government Human Rights Bodies: The Presidential Commission ..." opens a paragraph.
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && colon < line.Length - 1)
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxHeadingWords || line.EndsWith('”') || line.EndsWith(';') || line.EndsWith(','))
        {
            return false;
        }

        var body = HeadingRules.TryParseSubsection(line, out _) ? line[3..].Trim() : line;
        return body.Length > 0 && char.IsUpper(body[0]) && HeadingRules.IsTitleCasePhrase(body.TrimEnd(':'), MaxHeadingWords);
    }
}
