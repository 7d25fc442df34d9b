using System.Collections.Frozen;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A closed list of lower-case words with a value each, looked up by a token's hash: one integer
/// probe per word read, then the word itself compared, so a hash collision never passes as a match.
/// </summary>
internal sealed class WordMap<T>
{
    private readonly FrozenDictionary<ulong, (string Word, T Value)> _byHash;

    public WordMap(IEnumerable<KeyValuePair<string, T>> words)
    {
        _byHash = words.ToFrozenDictionary(static w => SentenceReading.HashOf(w.Key), static w => (w.Key, w.Value));
    }

    public bool TryGet(SentenceReading reading, int token, out T value)
    {
        if (_byHash.TryGetValue(reading.Tokens[token].Hash, out var entry) && reading.Is(token, entry.Word))
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }
}
