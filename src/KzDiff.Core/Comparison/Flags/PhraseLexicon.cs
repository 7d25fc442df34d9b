using System.Collections.Frozen;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Finds phrases of lower-case words in a <see cref="SentenceReading"/>, longest phrase first at
/// each token. A phrase may end in a stem ("protest" matches "protesters"). Candidates are
/// indexed by the key each token already carries (its first three letters); the scanner has
/// marked the tokens whose key starts a phrase with the lexicon's <see cref="WordClass"/>, so a
/// scan tests a bit per token and probes only those. No word is copied.
/// </summary>
internal sealed class PhraseLexicon<T>
{
    private readonly FrozenDictionary<ulong, Entry[]> _byKey;

    public PhraseLexicon(WordClass @class, IEnumerable<(string Phrase, T Value)> phrases, bool stems)
    {
        Class = @class;
        var byKey = new Dictionary<ulong, List<Entry>>();
        foreach (var (phrase, value) in phrases)
        {
            var reading = SentenceReading.Read(phrase, index: null);
            var words = new string[reading.Tokens.Length];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = reading.Word(i).ToString().ToLowerInvariant();
            }

            if (words.Length == 0)
            {
                continue;
            }

            var key = SentenceReading.KeyOf(words[0]);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            // A stem shorter than four letters would find too much ("war" in "warrant").
            list.Add(new Entry(words, stems && words[^1].Length >= 4, value));
        }

        // Longest first; a stable sort keeps equal lengths in the order given.
        _byKey = byKey.ToFrozenDictionary(static p => p.Key, static p => p.Value.OrderByDescending(static e => e.Words.Length).ToArray());
    }

    public WordClass Class { get; }

    /// <summary>The lexicon keys of the phrases' first words, for the <see cref="WordIndex"/>.</summary>
    public IEnumerable<ulong> Keys => _byKey.Keys;

    public List<PhraseMatch<T>> Find(SentenceReading reading)
    {
        var matches = new List<PhraseMatch<T>>();
        if ((reading.Classes & Class) == 0)
        {
            return matches;
        }

        var tokens = reading.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((tokens[i].Classes & Class) == 0 || !_byKey.TryGetValue(tokens[i].Key, out var candidates))
            {
                continue;
            }

            foreach (var entry in candidates)
            {
                if (entry.MatchesAt(reading, i))
                {
                    matches.Add(new PhraseMatch<T>(i, entry.Words.Length, entry.Value));
                    i += entry.Words.Length - 1;
                    break;
                }
            }
        }

        return matches;
    }

    private sealed record Entry(string[] Words, bool StemLast, T Value)
    {
        public bool MatchesAt(SentenceReading reading, int at)
        {
            if (at + Words.Length > reading.Tokens.Length)
            {
                return false;
            }

            for (var k = 0; k < Words.Length; k++)
            {
                var ok = k == Words.Length - 1 && StemLast
                    ? reading.Word(at + k).StartsWith(Words[k], StringComparison.OrdinalIgnoreCase)
                    : reading.Is(at + k, Words[k]);
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
