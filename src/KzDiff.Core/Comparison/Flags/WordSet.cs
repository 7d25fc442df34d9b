using System.Collections.Frozen;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A closed list of lower-case words with a value each. A token is looked up by its class bit
/// (set by the scanner, see <see cref="WordIndex"/>), then by its lexicon key, then compared whole,
/// so nothing is cut out of the text and a shared prefix never passes as a match.
/// </summary>
internal sealed class WordSet<T>
{
    private readonly FrozenDictionary<ulong, (string Word, T Value)[]> _byKey;

    public WordSet(WordClass @class, IEnumerable<(string Word, T Value)> words)
    {
        Class = @class;
        _byKey = words.DistinctBy(static w => w.Word, StringComparer.Ordinal)
            .GroupBy(static w => SentenceReading.KeyOf(w.Word.AsSpan()))
            .ToFrozenDictionary(static g => g.Key, static g => g.ToArray());
    }

    public WordClass Class { get; }

    /// <summary>The lexicon keys of the words, for the <see cref="WordIndex"/>.</summary>
    public IEnumerable<ulong> Keys => _byKey.Keys;

    public bool TryGet(SentenceReading reading, int token, out T value)
    {
        var t = reading.Tokens[token];
        if ((t.Classes & Class) != 0 && _byKey.TryGetValue(reading.KeyAt(token), out var candidates))
        {
            foreach (var (word, v) in candidates)
            {
                if (reading.Is(token, word))
                {
                    value = v;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    /// <summary>True when token <paramref name="token"/> of the reading is one of the words, in any case.</summary>
    public bool Contains(SentenceReading reading, int token) => TryGet(reading, token, out _);
}
