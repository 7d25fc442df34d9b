namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A sentence split into words once, with the gaps between them kept by offset, so every rule
/// reads the same tokens. A hand-written scanner (no Regex, no string per word): it runs on
/// every changed sentence, and each word's shape, lexicon key and word lists come out of the same
/// pass. A sentence of an edition is read once and kept (<see cref="EditionReadings"/>); any other
/// text is loaded into a scratch reading, again with the next such text, so its buffers are reused.
/// </summary>
internal sealed class SentenceReading
{
    // FNV-1a over lower-cased letters and digits, as TextFold.WordHashes: a token's hash is its
    // word's hash in the edition vocabulary (a test holds the two together).
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const int KeyLength = 3;
    private Token[] _tokens = [];
    private int _count;
    private int[] _marked = [];
    private int _markedCount;

    // What the rules found in the sentence, by finder (see Found): a kept reading is read by every
    // comparison of its edition, and what a sentence holds does not depend on the comparison.
    private object?[]? _found;

    public string Text { get; private set; } = string.Empty;

    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, _count);

    /// <summary>
    /// Indexes of the tokens a rule may start from, in order: those with a capital or a digit
    /// (names, numbers) and those that may be a word a rule scans for (<see cref="WordClass.Scanned"/>).
    /// The rules walk these rather than every word.
    /// </summary>
    public ReadOnlySpan<int> Marked => _marked.AsSpan(0, _markedCount);

    // Where Read loads a text before copying it out at its size: buffers for the worst case (a
    // token per two characters) allocated for every kept reading were most of flagging's garbage.
    [ThreadStatic]
    private static SentenceReading? t_scratch;

    /// <summary>A new reading of the text, its buffers cut to size; <paramref name="index"/> null leaves every token's classes empty.</summary>
    public static SentenceReading Read(string text, WordIndex? index)
    {
        var scratch = t_scratch ??= new SentenceReading();
        scratch.Load(text, index);

        // Such a reading is kept (see EditionReadings): a buffer sized for the worst case would be half empty.
        var reading = new SentenceReading
        {
            _tokens = scratch.Tokens.ToArray(),
            _count = scratch._count,
            _marked = scratch.Marked.ToArray(),
            _markedCount = scratch._markedCount,
            Text = text,
            Classes = scratch.Classes,
        };
        scratch.Text = string.Empty;
        return reading;
    }

    /// <summary>Reads <paramref name="text"/> into this reading, replacing what it held.</summary>
    public void Load(string text, WordIndex? index)
    {
        // A token takes at least one character and one separator (the last may go without).
        var most = (text.Length / 2) + 1;
        if (_tokens.Length < most)
        {
            _tokens = new Token[Math.Max(most, _tokens.Length * 2)];
            _marked = new int[_tokens.Length];
        }

        var marked = _marked;
        var markedCount = 0;

        var span = text.AsSpan();
        var buffer = _tokens;
        var count = 0;
        var seen = WordClass.None;
        var i = 0;
        while (i < span.Length)
        {
            var first = Classify(span[i]);
            if (first == CharClass.None)
            {
                i++;
                continue;
            }

            var start = i;
            var all = first;
            i++;
            while (true)
            {
                // Most characters are ASCII lower-case letters: they skip the table.
                while (i < span.Length)
                {
                    var c = span[i];
                    if (char.IsAsciiLetterLower(c))
                    {
                        i++;
                        all |= CharClass.Word | CharClass.Lower;
                        continue;
                    }

                    var cls = Classify(c);
                    if (cls == CharClass.None)
                    {
                        break;
                    }

                    all |= cls;
                    i++;
                }

                // "3,868" and "1.8" are one number; "2019, 3" is not (a space follows the comma).
                if (all == CharClass.Digit && i + 1 < span.Length && span[i] is ',' or '.' && char.IsAsciiDigit(span[i + 1]))
                {
                    i += 2;
                    continue;
                }

                break;
            }

            var key = KeyOf(span[start..i]);
            var classes = index?.Of(key) ?? WordClass.None;
            seen |= classes;
            var shape = ShapeOf(span[start..i], first, all);
            if (shape != TokenShape.Lower || (classes & WordClass.Scanned) != 0)
            {
                marked[markedCount++] = count;
            }

            buffer[count++] = new Token(start, i, classes, shape, (all & CharClass.Digit) != 0);
        }

        Text = text;
        _count = count;
        _markedCount = markedCount;
        Classes = seen;
        _found = null;
    }

    /// <summary>
    /// How many finders keep their results on a reading: the five phrase lexicons (0..4, by their
    /// class bit), the numbers (<see cref="NumberRule.Finder"/>), the names
    /// (<see cref="EntityRule.Finder"/>).
    /// </summary>
    public const int Finders = 7;

    /// <summary>What finder <paramref name="finder"/> (0..<see cref="Finders"/>-1) found in this sentence, or null when it has not looked yet.</summary>
    public object? Found(int finder) => _found is { } found ? Volatile.Read(ref found[finder]) : null;

    /// <summary>
    /// Keeps what finder <paramref name="finder"/> found, which callers only read from then on;
    /// returns what is kept (a concurrent comparison may have kept an equal result first).
    /// </summary>
    public T Keep<T>(int finder, T result)
        where T : class
    {
        var found = _found ?? Interlocked.CompareExchange(ref _found, new object?[Finders], null) ?? _found;
        return Interlocked.CompareExchange(ref found[finder], result, null) as T ?? result;
    }

    /// <summary>Every word list some token of the sentence may belong to: a rule whose list is missing here has nothing to find.</summary>
    public WordClass Classes { get; private set; }

    /// <summary>The lexicon key of a word: its first three characters in lower case and how many there are, packed in a number.</summary>
    public static ulong KeyOf(ReadOnlySpan<char> word)
    {
        var keyChars = Math.Min(word.Length, KeyLength);
        ulong key = (ulong)keyChars;
        for (var i = 0; i < keyChars; i++)
        {
            key = (key << 16) | Lower(word[i]);
        }

        return key;
    }

    /// <summary>The lexicon key of token <paramref name="i"/> (<see cref="KeyOf"/> of its word).</summary>
    public ulong KeyAt(int i) => KeyOf(Word(i));

    /// <summary>The hash of no characters, which <see cref="ExtendHash"/> starts from.</summary>
    public const ulong EmptyHash = FnvOffset;

    /// <summary>
    /// The token's word hashed as <see cref="Text.TextFold.WordHashes"/> hashes it, to look it up in
    /// an <see cref="EditionVocabulary"/>. Hashed on each request, not kept: only the words of a
    /// name are asked for, once per edition (<see cref="FoundName.MentionedIn"/>), and an array of
    /// every token's hash per sentence cost more than hashing those few words again.
    /// </summary>
    public ulong HashOf(int i) => ExtendHash(FnvOffset, Word(i));

    /// <summary>The hash of a word continued with more characters, case-blind: hashing "commission" then "s" gives the hash of "commissions".</summary>
    public static ulong ExtendHash(ulong hash, ReadOnlySpan<char> more)
    {
        foreach (var c in more)
        {
            hash = (hash ^ Lower(c)) * FnvPrime;
        }

        return hash;
    }

    /// <summary>The token's text as printed.</summary>
    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    /// <summary>True when the token is the lower-case word <paramref name="lowerWord"/> in any case.</summary>
    public bool Is(int i, string lowerWord) => _tokens[i].Length == lowerWord.Length && Word(i).Equals(lowerWord, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the text between two neighbouring tokens holds clause punctuation, which ends a name or a number's context.</summary>
    public bool BreakBetween(int left, int right)
    {
        var from = _tokens[left].End;
        var to = _tokens[right].Start;
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
    public string Span(int first, int last) => Text[_tokens[first].Start.._tokens[last].End];

    /// <summary>Same as <see cref="Span"/>, without a copy.</summary>
    public ReadOnlySpan<char> Slice(int first, int last) => Text.AsSpan(_tokens[first].Start, _tokens[last].End - _tokens[first].Start);

    /// <summary>Index of the first token that ends after <paramref name="offset"/>, or the token count.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].End <= offset)
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

    /// <summary>ASCII capitals lower-case by one bit; the rest goes through the invariant tables.</summary>
    private static char Lower(char c) => c < 128 ? char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c : char.ToLowerInvariant(c);

    private static TokenShape ShapeOf(ReadOnlySpan<char> word, CharClass first, CharClass all)
    {
        if (all == CharClass.Digit)
        {
            return TokenShape.Number;
        }

        if ((first & CharClass.Upper) == 0)
        {
            return TokenShape.Lower;
        }

        if ((all & CharClass.Lower) != 0)
        {
            return TokenShape.Capitalised;
        }

        // No lower-case letter: an acronym when at least two capitals ("KNB", not "A" or "I").
        var capitals = 0;
        foreach (var c in word)
        {
            capitals += (Classify(c) & CharClass.Upper) != 0 ? 1 : 0;
        }

        return capitals >= 2 ? TokenShape.Acronym : TokenShape.Capitalised;
    }

    /// <summary>What a character is to the scanner: a table for ASCII, the Unicode tables beyond.</summary>
    private static CharClass Classify(char c) => c < 128 ? AsciiClasses[c] : ClassifyBeyondAscii(c);

    private static CharClass ClassifyBeyondAscii(char c)
    {
        if (!char.IsLetterOrDigit(c))
        {
            return CharClass.None;
        }

        return CharClass.Word | (char.IsUpper(c) ? CharClass.Upper : char.IsLower(c) ? CharClass.Lower : CharClass.None);
    }

    private static readonly CharClass[] AsciiClasses = BuildAsciiClasses();

    private static CharClass[] BuildAsciiClasses()
    {
        var table = new CharClass[128];
        for (var c = 0; c < 128; c++)
        {
            var ch = (char)c;
            table[c] = char.IsAsciiDigit(ch) ? CharClass.Digit
                : char.IsAsciiLetterUpper(ch) ? CharClass.Word | CharClass.Upper
                : char.IsAsciiLetterLower(ch) ? CharClass.Word | CharClass.Lower
                : CharClass.None;
        }

        return table;
    }

    /// <summary>
    /// Digit: an ASCII digit. Word: any other letter or digit. Upper and Lower: its case, when it has one.
    /// A token of digits alone is a number.
    /// </summary>
    [Flags]
    private enum CharClass : byte
    {
        None = 0,
        Digit = 1,
        Word = 2,
        Upper = 4,
        Lower = 8,
    }
}
