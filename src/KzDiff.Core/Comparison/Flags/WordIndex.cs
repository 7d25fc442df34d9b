using System.Collections.Frozen;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Which word lists have a word with a given lexicon key: the one lookup the scanner makes per
/// token, so that the rules, which run on every changed sentence, read bits instead of probing
/// a dozen lists each. The fixed lists of <see cref="Lexicon"/> always; the watched terms of a
/// comparison on top.
/// </summary>
internal sealed class WordIndex
{
    private readonly FrozenDictionary<ulong, WordClass> _classes;

    private WordIndex(Dictionary<ulong, WordClass> classes)
    {
        _classes = classes.ToFrozenDictionary();
    }

    /// <summary>The fixed lists alone.</summary>
    public static WordIndex Fixed { get; } = new(Lexicon.Keys());

    /// <summary>The fixed lists and the watched terms' first words (<see cref="WordClass.Term"/>).</summary>
    public static WordIndex WithTerms(IEnumerable<ulong> termKeys)
    {
        var classes = Lexicon.Keys();
        foreach (var key in termKeys)
        {
            classes[key] = classes.GetValueOrDefault(key) | WordClass.Term;
        }

        return new WordIndex(classes);
    }

    public WordClass Of(ulong key) => _classes.GetValueOrDefault(key);
}
