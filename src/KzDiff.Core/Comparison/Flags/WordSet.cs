namespace KzDiff.Core.Comparison.Flags;

/// <summary>A closed list of lower-case words, looked up by a token's hash (<see cref="WordMap{T}"/>).</summary>
internal sealed class WordSet
{
    private readonly WordMap<bool> _words;

    public WordSet(params string[] words)
    {
        _words = new WordMap<bool>(words.Distinct(StringComparer.Ordinal).Select(static w => KeyValuePair.Create(w, true)));
    }

    /// <summary>True when token <paramref name="token"/> of the reading is one of the words, in any case.</summary>
    public bool Contains(SentenceReading reading, int token) => _words.TryGet(reading, token, out _);
}
