using System.Text;

namespace KzDiff.Core.Parsing.Text;

/// <summary>Whitespace clean-up shared by every reader, so one edition reads the same from any format.</summary>
internal static class TextNormalizer
{
    /// <summary>Runs of whitespace (including no-break spaces) become one space; invisible characters go.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (ch is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }
}
