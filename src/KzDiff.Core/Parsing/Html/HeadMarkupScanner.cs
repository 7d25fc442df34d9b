using System.Globalization;

namespace KzDiff.Core.Parsing.Html;

/// <summary>
/// Finds start tags, elements and attributes in raw markup by scanning it left to right, as the
/// patterns <c>&lt;name\b[^&gt;]*&gt;</c>, <c>(.*?)&lt;/name&gt;</c> and <c>\bname\s*=\s*["']</c>
/// would, tag names compared in ASCII case-insensitively. Hand-written rather than regular
/// expressions: the source generator makes no linear-time (NonBacktracking) matchers, and building
/// them at run time cost a quarter of a native <c>kzdiff compare</c>. Every search resumes where the
/// previous one gave up, so a hostile page (a huge attribute, no closing tags) costs linear time.
/// </summary>
internal static class HeadMarkupScanner
{
    /// <summary>
    /// The next start tag <c>&lt;name</c> at or after <paramref name="from"/> that ends in a <c>&gt;</c>:
    /// <paramref name="start"/> is its <c>&lt;</c>, <paramref name="end"/> just past its <c>&gt;</c>.
    /// False when there is none; then there is none further on either.
    /// </summary>
    public static bool TryFindStartTag(ReadOnlySpan<char> markup, int from, string name, out int start, out int end)
    {
        start = IndexOfTagName(markup, from, name);
        end = -1;
        if (start < 0)
        {
            return false;
        }

        // [^>]* then >: the first > after the name closes the tag; none means no tag closes anywhere after.
        var close = markup[(start + 1 + name.Length)..].IndexOf('>');
        if (close < 0)
        {
            return false;
        }

        end = start + 1 + name.Length + close + 1;
        return true;
    }

    /// <summary>The first <c>&lt;name</c> at or after <paramref name="from"/> followed by a word boundary; -1 when none.</summary>
    public static int IndexOfTagName(ReadOnlySpan<char> markup, int from, string name)
    {
        var position = from;
        while (position < markup.Length)
        {
            var open = markup[position..].IndexOf('<');
            if (open < 0)
            {
                return -1;
            }

            open += position;
            var after = open + 1 + name.Length;
            if (StartsWithAsciiIgnoreCase(markup[(open + 1)..], name) && (after == markup.Length || !IsBoundaryWordChar(markup[after])))
            {
                return open;
            }

            position = open + 1;
        }

        return -1;
    }

    /// <summary>Where <paramref name="value"/> (ASCII) occurs at or after <paramref name="from"/>, case-insensitively; -1 when not.</summary>
    public static int IndexOfAsciiIgnoreCase(ReadOnlySpan<char> markup, int from, string value)
    {
        // The first character narrows the search to its two cases; the rest is compared in place.
        ReadOnlySpan<char> firsts = [char.ToLowerInvariant(value[0]), char.ToUpperInvariant(value[0])];
        var position = from;
        while (position <= markup.Length - value.Length)
        {
            var candidate = markup[position..].IndexOfAny(firsts);
            if (candidate < 0)
            {
                return -1;
            }

            candidate += position;
            if (StartsWithAsciiIgnoreCase(markup[candidate..], value))
            {
                return candidate;
            }

            position = candidate + 1;
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="tag"/> has, at a word boundary, <paramref name="name"/> then optional
    /// white space, <c>=</c>, optional white space, a quote (optional when <paramref name="quoteOptional"/>)
    /// and <paramref name="value"/>: <c>\bname\s*=\s*["']value</c>.
    /// </summary>
    public static bool HasAttributeValuePrefix(ReadOnlySpan<char> tag, string name, string value, bool quoteOptional)
    {
        for (var at = NextName(tag, 0, name); at >= 0; at = NextName(tag, at + 1, name))
        {
            var position = SkipEquals(tag, at + name.Length);
            if (position < 0)
            {
                continue;
            }

            if (position < tag.Length && tag[position] is '"' or '\'')
            {
                position++;
            }
            else if (!quoteOptional)
            {
                continue;
            }

            if (StartsWithAsciiIgnoreCase(tag[position..], value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first quoted value of <c>\b(first|second)\s*=\s*["']([^"']*)["']</c> in <paramref name="tag"/>:
    /// the characters between the opening quote and the next quote of either kind.
    /// </summary>
    public static bool TryFindQuotedValue(ReadOnlySpan<char> tag, string first, string second, out Range value)
    {
        value = default;
        for (var position = 0; position < tag.Length; position++)
        {
            var name = StartsWithAsciiIgnoreCase(tag[position..], first) ? first
                : StartsWithAsciiIgnoreCase(tag[position..], second) ? second
                : null;
            if (name is null || !IsWordBoundaryBefore(tag, position))
            {
                continue;
            }

            var quote = SkipEquals(tag, position + name.Length);
            if (quote < 0 || quote >= tag.Length || tag[quote] is not ('"' or '\''))
            {
                continue;
            }

            var close = tag[(quote + 1)..].IndexOfAny('"', '\'');
            if (close < 0)
            {
                // No quote after this one: no later attribute can have a closing quote either.
                return false;
            }

            value = new Range(quote + 1, quote + 1 + close);
            return true;
        }

        return false;
    }

    /// <summary>
    /// <paramref name="text"/> with every <c>&lt;...&gt;</c> replaced by a space (<c>&lt;[^&gt;]*&gt;</c>);
    /// a <c>&lt;</c> with no <c>&gt;</c> after it stays as it is.
    /// </summary>
    public static string ReplaceTagsWithSpaces(ReadOnlySpan<char> text)
    {
        var open = text.IndexOf('<');
        if (open < 0)
        {
            return text.ToString();
        }

        var builder = new System.Text.StringBuilder(text.Length);
        while (open >= 0)
        {
            var close = text[open..].IndexOf('>');
            if (close < 0)
            {
                break;
            }

            builder.Append(text[..open]).Append(' ');
            text = text[(open + close + 1)..];
            open = text.IndexOf('<');
        }

        return builder.Append(text).ToString();
    }

    /// <summary>
    /// The characters on either side of which <c>\b</c> sees a word boundary: letters, digits,
    /// non-spacing marks, connector punctuation, and the zero-width (non-)joiners.
    /// </summary>
    public static bool IsBoundaryWordChar(char c) =>
        c is '\u200C' or '\u200D'
        || (WordCategories & (1 << (int)CharUnicodeInfo.GetUnicodeCategory(c))) != 0;

    private const int WordCategories =
        1 << (int)UnicodeCategory.UppercaseLetter
        | 1 << (int)UnicodeCategory.LowercaseLetter
        | 1 << (int)UnicodeCategory.TitlecaseLetter
        | 1 << (int)UnicodeCategory.ModifierLetter
        | 1 << (int)UnicodeCategory.OtherLetter
        | 1 << (int)UnicodeCategory.NonSpacingMark
        | 1 << (int)UnicodeCategory.DecimalDigitNumber
        | 1 << (int)UnicodeCategory.ConnectorPunctuation;

    private static bool IsWordBoundaryBefore(ReadOnlySpan<char> text, int position) =>
        position == 0 || !IsBoundaryWordChar(text[position - 1]);

    // The next occurrence of name at or after from that opens a word.
    private static int NextName(ReadOnlySpan<char> tag, int from, string name)
    {
        for (var at = IndexOfAsciiIgnoreCase(tag, from, name); at >= 0; at = IndexOfAsciiIgnoreCase(tag, at + 1, name))
        {
            if (IsWordBoundaryBefore(tag, at))
            {
                return at;
            }
        }

        return -1;
    }

    // \s*=\s* from position: where the value starts, or -1.
    private static int SkipEquals(ReadOnlySpan<char> tag, int position)
    {
        position = SkipWhiteSpace(tag, position);
        if (position >= tag.Length || tag[position] != '=')
        {
            return -1;
        }

        return SkipWhiteSpace(tag, position + 1);
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="value"/>, ASCII letters compared case-insensitively.</summary>
    public static bool StartsWithAsciiIgnoreCase(ReadOnlySpan<char> text, string value)
    {
        if (text.Length < value.Length)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = text[i];
            var v = value[i];
            if (c != v && !(char.IsAsciiLetter(v) && (c | 0x20) == (v | 0x20)))
            {
                return false;
            }
        }

        return true;
    }
}
