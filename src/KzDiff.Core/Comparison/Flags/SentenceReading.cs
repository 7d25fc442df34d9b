using System.Buffers;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A sentence split into words once, with the gaps between them kept by offset, so every rule
/// reads the same tokens. A hand-written scanner (no Regex, no string per word): it runs on
/// every changed sentence, and each word's hash, lexicon key and shape come out of the same pass.
/// </summary>
internal sealed class SentenceReading
{
    // FNV-1a over lower-cased letters and digits, as TextFold.WordHashes: a token's hash is its
    // word's hash in the edition vocabulary (a test holds the two together).
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const int KeyLength = 3;

    private SentenceReading(string text, Token[] tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public static SentenceReading Read(string text)
    {
        // A token takes at least one character and one separator (the last may go without).
        var buffer = ArrayPool<Token>.Shared.Rent((text.Length / 2) + 1);
        var count = 0;
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
            var anyLower = false;
            var capitals = 0;
            var hash = FnvOffset;
            ulong key = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    var lower = char.ToLowerInvariant(c);
                    digitsOnly &= char.IsAsciiDigit(c);
                    anyLower |= char.IsLower(c);
                    capitals += char.IsUpper(c) ? 1 : 0;
                    hash = (hash ^ lower) * FnvPrime;
                    if (i - start < KeyLength)
                    {
                        key = (key << 16) | lower;
                    }

                    i++;
                }
                else if ((c == ',' || c == '.') && digitsOnly && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > start)
                {
                    // "3,868" and "1.8" are one number; "2019, 3" is not (a space follows the comma).
                    if (i - start < KeyLength)
                    {
                        key = (key << 16) | c;
                    }

                    i++;
                }
                else
                {
                    break;
                }
            }

            var keyChars = Math.Min(i - start, KeyLength);
            key |= (ulong)keyChars << (16 * keyChars);
            buffer[count++] = new Token(start, i, hash, key, ShapeOf(text[start], digitsOnly, anyLower, capitals));
        }

        var tokens = buffer.AsSpan(0, count).ToArray();
        ArrayPool<Token>.Shared.Return(buffer);
        return new SentenceReading(text, tokens);
    }

    /// <summary>The lexicon key of a lower-case word: its first three characters and how many there are, packed in a number.</summary>
    public static ulong KeyOf(string lowerWord)
    {
        var keyChars = Math.Min(lowerWord.Length, KeyLength);
        ulong key = (ulong)keyChars;
        for (var i = 0; i < keyChars; i++)
        {
            key = (key << 16) | lowerWord[i];
        }

        return key;
    }

    /// <summary>The hash a token of this lower-case word carries.</summary>
    public static ulong HashOf(string lowerWord)
    {
        var hash = FnvOffset;
        foreach (var c in lowerWord)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    /// <summary>The token's text as printed.</summary>
    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>True when the token is the lower-case word <paramref name="lowerWord"/> in any case.</summary>
    public bool Is(int i, string lowerWord) => Tokens[i].Length == lowerWord.Length && Word(i).Equals(lowerWord, StringComparison.OrdinalIgnoreCase);

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

    /// <summary>Same as <see cref="Span"/>, without a copy.</summary>
    public ReadOnlySpan<char> Slice(int first, int last) => Text.AsSpan(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);

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

    private static TokenShape ShapeOf(char first, bool digitsOnly, bool anyLower, int capitals)
    {
        if (digitsOnly)
        {
            return TokenShape.Number;
        }

        if (!char.IsUpper(first))
        {
            return TokenShape.Lower;
        }

        return anyLower || capitals < 2 ? TokenShape.Capitalised : TokenShape.Acronym;
    }
}
