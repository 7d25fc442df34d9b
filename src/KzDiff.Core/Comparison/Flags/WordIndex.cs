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

    // One bit per key of three ASCII lower-case letters (26³ bits, 2 KB): most tokens are such
    // words and no list has them, and a clear bit says so without probing the table. The probe
    // of every token was about 40% of reading a sentence.
    private readonly ulong[] _threeLetterKeys = new ulong[((26 * 26 * 26) + 63) / 64];

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
            if (ThreeLetterSlot(key) is var bit and >= 0)
            {
                _threeLetterKeys[bit >> 6] |= 1UL << bit;
            }
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
        var bit = ThreeLetterSlot(key);
        if (bit >= 0 && (_threeLetterKeys[bit >> 6] & (1UL << bit)) == 0)
        {
            return WordClass.None;
        }

        return Probe(key);
    }

    /// <summary>
    /// The key's place among keys of three ASCII lower-case letters (see <see cref="SentenceReading.KeyOf"/>:
    /// the count 3 in the top 16 bits, then the letters), or -1 for any other key.
    /// </summary>
    private static int ThreeLetterSlot(ulong key)
    {
        var a = ((uint)(key >> 32) & 0xFFFF) - 'a';
        var b = ((uint)(key >> 16) & 0xFFFF) - 'a';
        var c = ((uint)key & 0xFFFF) - 'a';
        return (key >> 48) == 3 && a < 26 && b < 26 && c < 26 ? (int)((((a * 26) + b) * 26) + c) : -1;
    }

    private WordClass Probe(ulong key)
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
