namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A sentence split into words once, with the gaps between them kept by offset, so every rule
/// reads the same tokens. A hand-written scanner (no Regex): it runs on every changed sentence.
/// </summary>
internal sealed class SentenceReading
{
    private SentenceReading(string text, Token[] tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public static SentenceReading Read(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digitsOnly = true;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    digitsOnly &= char.IsAsciiDigit(c);
                    i++;
                }
                else if ((c == ',' || c == '.') && digitsOnly && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > start)
                {
                    // "3,868" and "1.8" are one number; "2019, 3" is not (a space follows the comma).
                    i++;
                }
                else
                {
                    break;
                }
            }

            var word = text[start..i];
            tokens.Add(new Token(start, i, word.ToLowerInvariant(), ShapeOf(word, digitsOnly)));
        }

        return new SentenceReading(text, [.. tokens]);
    }

    /// <summary>True when the text between two neighbouring tokens holds clause punctuation, which ends a name or a number's context.</summary>
    public bool BreakBetween(int left, int right)
    {
        var from = Tokens[left].End;
        var to = Tokens[right].Start;
        for (var k = from; k < to; k++)
        {
            switch (Text[k])
            {
                case ',': case ';': case ':': case '(': case ')': case '.': case '"': case '“': case '”': case '[': case ']': case '–': case '—':
                    return true;
            }
        }

        return false;
    }

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public string Span(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    /// <summary>Index of the first token that ends after <paramref name="offset"/>, or the token count.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static TokenShape ShapeOf(string word, bool digitsOnly)
    {
        if (digitsOnly)
        {
            return TokenShape.Number;
        }

        if (!char.IsUpper(word[0]))
        {
            return TokenShape.Lower;
        }

        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return TokenShape.Capitalised;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2 ? TokenShape.Acronym : TokenShape.Capitalised;
    }
}
