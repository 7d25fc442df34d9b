using System.Buffers;
using System.Text;

namespace KzDiff.Core.Parsing.Text;

/// <summary>Whitespace clean-up shared by every reader, so one edition reads the same from any format.</summary>
internal static class TextNormalizer
{
    /// <summary>Runs of whitespace (including no-break spaces) become one space; invisible characters go.</summary>
    public static string CollapseWhitespace(string text) => CollapseWhitespace(text.AsSpan());

    /// <inheritdoc cref="CollapseWhitespace(string)"/>
    public static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        // The text is collapsed into pooled scratch and only the result becomes a string: a page's
        // paragraphs went through a builder of their own length and its copy besides.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var pendingSpace = false;
        var length = Collapse(text, buffer, 0, ref pendingSpace);
        var result = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return result;
    }

    /// <summary><see cref="CollapseWhitespace(string)"/> of a builder's text, read in place.</summary>
    public static string CollapseWhitespace(StringBuilder text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var pendingSpace = false;
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length = Collapse(chunk.Span, buffer, length, ref pendingSpace);
        }

        var result = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return result;
    }

    // Appends the collapsed text at into[length..] (never longer than the text) and returns the new
    // length; pendingSpace carries a run of whitespace over to the next piece of the same text.
    private static int Collapse(ReadOnlySpan<char> text, char[] into, int length, ref bool pendingSpace)
    {
        foreach (var ch in text)
        {
            if (ch is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                into[length++] = ' ';
                pendingSpace = false;
            }

            into[length++] = ch;
        }

        return length;
    }
}
