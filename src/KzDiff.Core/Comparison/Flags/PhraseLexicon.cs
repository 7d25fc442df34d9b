namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Finds phrases of lower-case words in a <see cref="SentenceReading"/>, longest phrase first at
/// each token. A phrase may end in a stem ("protest" matches "protesters"). Candidates are
/// indexed by the first three letters of their first word, so a scan is one dictionary probe per token.
/// </summary>
internal sealed class PhraseLexicon<T>
{
    private const int KeyLength = 3;
    private readonly Dictionary<ulong, List<Entry>> _byPrefix = [];

    public PhraseLexicon(IEnumerable<(string Phrase, T Value)> phrases, bool stems)
    {
        foreach (var (phrase, value) in phrases)
        {
            var words = SentenceReading.Read(phrase).Tokens.Select(t => t.Lower).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            var key = Key(words[0]);
            if (!_byPrefix.TryGetValue(key, out var list))
            {
                _byPrefix[key] = list = [];
            }

            // A stem shorter than four letters would find too much ("war" in "warrant").
            list.Add(new Entry(words, stems && words[^1].Length >= 4, value));
        }

        foreach (var list in _byPrefix.Values)
        {
            list.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    public List<PhraseMatch<T>> Find(SentenceReading reading)
    {
        var matches = new List<PhraseMatch<T>>();
        var tokens = reading.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!_byPrefix.TryGetValue(Key(tokens[i].Lower), out var candidates))
            {
                continue;
            }

            foreach (var entry in candidates)
            {
                if (entry.MatchesAt(tokens, i))
                {
                    matches.Add(new PhraseMatch<T>(i, entry.Words.Length, entry.Value));
                    i += entry.Words.Length - 1;
                    break;
                }
            }
        }

        return matches;
    }

    /// <summary>The first three characters packed in a number: no string is cut per token scanned.</summary>
    private static ulong Key(string word)
    {
        ulong key = (ulong)Math.Min(word.Length, KeyLength);
        for (var i = 0; i < word.Length && i < KeyLength; i++)
        {
            key = (key << 16) | word[i];
        }

        return key;
    }

    private sealed record Entry(string[] Words, bool StemLast, T Value)
    {
        public bool MatchesAt(Token[] tokens, int at)
        {
            if (at + Words.Length > tokens.Length)
            {
                return false;
            }

            for (var k = 0; k < Words.Length; k++)
            {
                var word = tokens[at + k].Lower;
                var last = k == Words.Length - 1;
                var ok = last && StemLast ? word.StartsWith(Words[k], StringComparison.Ordinal) : word == Words[k];
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
