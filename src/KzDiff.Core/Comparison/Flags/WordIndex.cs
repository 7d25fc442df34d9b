using System.Numerics;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Which word lists have a word with a given lexicon key: the one lookup the scanner makes per
/// token, so that the rules, which run on every changed sentence, read bits instead of probing
/// a dozen lists each. The fixed lists of <see cref="Lexicon"/> always; the watched terms of a
/// comparison on top. An open-addressed table of a few hundred keys: one multiply and one or two
/// probes per token, several times cheaper than a general dictionary at this rate.
/// </summary>
internal sealed class WordIndex
{
    private readonly ulong[] _keys;
    private readonly WordClass[] _classes;
    private readonly int _shift;

    private WordIndex(Dictionary<ulong, WordClass> classes)
    {
        // At most a quarter full: probes stay short. Key 0 is no key (every key holds its length).
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, classes.Count * 4));
        _shift = 64 - BitOperations.Log2((uint)size);
        _keys = new ulong[size];
        _classes = new WordClass[size];
        foreach (var (key, @class) in classes)
        {
            var slot = Slot(key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            _keys[slot] = key;
            _classes[slot] = @class;
        }
    }

    /// <summary>The fixed lists and the watched terms' anchors (<see cref="WordClass.Term"/>).</summary>
    public static WordIndex WithTerms(IEnumerable<ulong> termKeys)
    {
        var classes = Lexicon.Keys();
        foreach (var key in termKeys)
        {
            classes[key] = classes.GetValueOrDefault(key) | WordClass.Term;
        }

        return new WordIndex(classes);
    }

    public WordClass Of(ulong key)
    {
        var keys = _keys;
        var slot = Slot(key);
        while (true)
        {
            var found = keys[slot];
            if (found == key)
            {
                return _classes[slot];
            }

            if (found == 0)
            {
                return WordClass.None;
            }

            slot = (slot + 1) & (keys.Length - 1);
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
