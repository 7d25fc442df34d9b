using System.Collections.Frozen;
using System.Numerics;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Finds phrases of lower-case words in a <see cref="SentenceReading"/>, longest phrase first at
/// each token, left to right. A phrase may end in a stem ("protest" matches "protesters").
/// Each phrase is indexed by its anchor, its longest word ("number" in "a number of"), so that
/// common words such as "the" or "a" do not make every sentence a candidate: the scanner marks
/// the tokens whose key (first three letters) is an anchor's with the lexicon's
/// <see cref="WordClass"/>, and a scan visits only those, then checks the whole phrase around them.
/// </summary>
internal sealed class PhraseLexicon<T>
{
    private static readonly List<PhraseMatch<T>> NoMatches = [];
    private readonly FrozenDictionary<ulong, Entry[]> _byAnchorKey;
    private readonly int _finder;

    public PhraseLexicon(WordClass @class, IEnumerable<(string Phrase, T Value)> phrases, bool stems)
    {
        Class = @class;

        // The lexicons' classes are the low bits of WordClass, one each: the bit's place is the finder.
        _finder = BitOperations.TrailingZeroCount((uint)@class);
        if (BitOperations.PopCount((uint)@class) != 1 || _finder >= NumberRule.Finder)
        {
            throw new ArgumentOutOfRangeException(nameof(@class), @class, "a lexicon's class is one of the five phrase classes");
        }

        var byKey = new Dictionary<ulong, List<Entry>>();
        var order = 0;
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

            var anchor = 0;
            for (var i = 1; i < words.Length; i++)
            {
                anchor = words[i].Length > words[anchor].Length ? i : anchor;
            }

            var key = SentenceReading.KeyOf(words[anchor]);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            // A stem shorter than four letters would find too much ("war" in "warrant").
            list.Add(new Entry(words, anchor, stems && words[^1].Length >= 4, value, order++));
        }

        _byAnchorKey = byKey.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray());
    }

    public WordClass Class { get; }

    /// <summary>The lexicon keys of the phrases' anchors, for the <see cref="WordIndex"/>.</summary>
    public IEnumerable<ulong> Keys => _byAnchorKey.Keys;

    /// <summary>
    /// The matches in sentence order, found once per reading and kept on it; one shared empty list
    /// when there are none. Callers only read the list.
    /// </summary>
    public List<PhraseMatch<T>> Find(SentenceReading reading)
    {
        if ((reading.Classes & Class) == 0)
        {
            return NoMatches;
        }

        return reading.Found(_finder) as List<PhraseMatch<T>> ?? reading.Keep(_finder, Scan(reading));
    }

    private List<PhraseMatch<T>> Scan(SentenceReading reading)
    {
        List<(int Start, Entry Entry)>? candidates = null;
        var tokens = reading.Tokens;
        foreach (var at in reading.Marked)
        {
            if ((tokens[at].Classes & Class) == 0 || !_byAnchorKey.TryGetValue(reading.KeyAt(at), out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var start = at - entry.Anchor;
                if (start >= 0 && entry.MatchesAt(reading, start))
                {
                    (candidates ??= []).Add((start, entry));
                }
            }
        }

        if (candidates is null)
        {
            return NoMatches;
        }

        // Left to right, the longest phrase at each token (the first listed among equals), then
        // on after it: the same matches a scan from every token would give.
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Entry.Words.Length != b.Entry.Words.Length ? b.Entry.Words.Length.CompareTo(a.Entry.Words.Length)
            : a.Entry.Order.CompareTo(b.Entry.Order));
        var matches = new List<PhraseMatch<T>>(candidates.Count);
        var next = 0;
        foreach (var (start, entry) in candidates)
        {
            if (start >= next)
            {
                matches.Add(new PhraseMatch<T>(start, entry.Words.Length, entry.Value));
                next = start + entry.Words.Length;
            }
        }

        return matches;
    }

    private sealed record Entry(string[] Words, int Anchor, bool StemLast, T Value, int Order)
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
