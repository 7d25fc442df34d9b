using System.Runtime.CompilerServices;
using KzDiff.Core.Comparison.Alignment;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Every word and every pair of neighbouring words of one edition (sentences and headings), as
/// case-blind hashes: tells whether a name is still mentioned anywhere, "Public Monitoring
/// Commissions" and "public monitoring commissions" alike. Built from the hashes the aligner
/// already computed, once per edition profile and kept as long as the profile is (the engine
/// keeps a profile as long as its parsed tree), since an edition is compared with both neighbours
/// and a benchmark compares the same pair again and again.
/// </summary>
internal sealed class EditionVocabulary
{
    private static readonly ConditionalWeakTable<EditionProfile, Index> Indexes = new();
    private readonly Index _index;

    // Answers by phrase hash: a comparison asks about the same few hundred names again and again,
    // and a small table stays in cache where the edition's sets do not.
    private readonly Dictionary<ulong, bool> _answers = [];

    public EditionVocabulary(EditionProfile profile)
    {
        _index = Indexes.GetValue(profile, static p => new Index(p));
    }

    /// <summary>
    /// Stands for the edition in answers kept elsewhere (<see cref="FoundName.MentionedIn"/>): the
    /// same object for every comparison of the edition's profile, and holding nothing, so a kept
    /// answer does not keep the edition's sets alive.
    /// </summary>
    public object Identity => _index.Identity;

    /// <summary>
    /// True when the words of tokens <paramref name="first"/>..<paramref name="last"/> occur in the
    /// edition, each neighbouring pair of them side by side somewhere.
    /// </summary>
    public bool Mentions(SentenceReading reading, int first, int last)
    {
        Span<ulong> hashes = last - first < 16 ? stackalloc ulong[last - first + 1] : new ulong[last - first + 1];
        var phrase = 0UL;
        for (var i = first; i <= last; i++)
        {
            hashes[i - first] = reading.HashOf(i);
            phrase = Pair(phrase, hashes[i - first]);
        }

        if (!_answers.TryGetValue(phrase, out var mentioned))
        {
            _answers[phrase] = mentioned = Mentions(hashes) || MentionsInOtherNumber(reading.Word(last), hashes);
        }

        return mentioned;
    }

    /// <summary>
    /// True when the name is mentioned with its last word in the other grammatical number:
    /// "Public Monitoring Commission" is the body of "Public Monitoring Commissions".
    /// </summary>
    private bool MentionsInOtherNumber(ReadOnlySpan<char> lastWord, Span<ulong> hashes)
    {
        Span<ulong> variants = stackalloc ulong[5];
        var count = OtherNumber(lastWord, variants);
        var original = hashes[^1];
        var found = false;
        for (var v = 0; v < count && !found; v++)
        {
            hashes[^1] = variants[v];
            found = Mentions(hashes);
        }

        hashes[^1] = original;
        return found;
    }

    /// <summary>Hashes of the word's plural or singular forms (+s, +es, −s, −es, y ↔ ies) into <paramref name="variants"/>; returns how many.</summary>
    private static int OtherNumber(ReadOnlySpan<char> word, Span<ulong> variants)
    {
        var whole = Hash(word);
        var count = 0;
        variants[count++] = Extend(whole, "s");
        variants[count++] = Extend(whole, "es");
        if (word.Length > 3 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            variants[count++] = Extend(Hash(word[..^3]), "y");
        }
        else if (word.Length > 2 && word.EndsWith("y", StringComparison.OrdinalIgnoreCase))
        {
            variants[count++] = Extend(Hash(word[..^1]), "ies");
        }

        if (word.Length > 3 && word.EndsWith("es", StringComparison.OrdinalIgnoreCase))
        {
            variants[count++] = Hash(word[..^2]);
        }

        if (word.Length > 3 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            variants[count++] = Hash(word[..^1]);
        }

        return count;
    }

    private static ulong Hash(ReadOnlySpan<char> word) => Extend(SentenceReading.EmptyHash, word);

    private static ulong Extend(ulong hash, ReadOnlySpan<char> more) => SentenceReading.ExtendHash(hash, more);

    private bool Mentions(ReadOnlySpan<ulong> words)
    {
        if (words.Length == 1)
        {
            return _index.Words.Contains(words[0]);
        }

        for (var i = 1; i < words.Length; i++)
        {
            if (!_index.Pairs.Contains(Pair(words[i - 1], words[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static ulong Pair(ulong a, ulong b) => (a * 0x9E3779B97F4A7C15UL) ^ b;

    private sealed class Index
    {
        public Index(EditionProfile profile)
        {
            // Over the corpus's editions about one word in six is a distinct word and three
            // neighbouring pairs in five a distinct pair.
            var words = 0;
            foreach (var sentence in profile.Sentences)
            {
                words += sentence.Words.Length;
            }

            Words = new HashSet64(words / 6);
            Pairs = new HashSet64(words * 3 / 5);
            foreach (var sentence in profile.Sentences)
            {
                Add(sentence.Words);
            }

            foreach (var node in profile.Nodes)
            {
                Add(TextFold.WordHashes(node.Node.Title));
            }
        }

        public object Identity { get; } = new();

        public HashSet64 Words { get; }

        public HashSet64 Pairs { get; }

        private void Add(ulong[] hashes)
        {
            for (var i = 0; i < hashes.Length; i++)
            {
                Words.Add(hashes[i]);
                if (i > 0)
                {
                    Pairs.Add(Pair(hashes[i - 1], hashes[i]));
                }
            }
        }
    }
}
