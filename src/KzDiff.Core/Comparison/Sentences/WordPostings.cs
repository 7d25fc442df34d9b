using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Sentences;

/// <summary>
/// Which of an edition's free sentences hold each word: (word, sentence) pairs in two arrays
/// sorted by word, then by sentence, so a word's sentences are one run found by binary search.
/// A dictionary of lists held a list per distinct word and grew onto the large object heap:
/// a third of sentence matching's allocations.
/// </summary>
internal sealed class WordPostings
{
    private readonly ulong[] _words;
    private readonly int[] _sentences;

    public WordPostings(IReadOnlyList<SentenceProfile> sentences, SentenceLinks links)
    {
        var total = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            total += links.Mode[s] == LinkMode.Free ? sentences[s].WordSet.Length : 0;
        }

        _words = new ulong[total];
        _sentences = new int[total];
        var at = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            if (links.Mode[s] == LinkMode.Free)
            {
                var words = sentences[s].WordSet;
                words.CopyTo(_words, at);
                _sentences.AsSpan(at, words.Length).Fill(s);
                at += words.Length;
            }
        }

        // The sort does not keep the order of equal words: each word's sentences are put back in
        // order, the order candidates for a move are tried in.
        _words.AsSpan().Sort(_sentences.AsSpan());
        for (var start = 0; start < total;)
        {
            var end = RunEnd(start, int.MaxValue);
            _sentences.AsSpan(start, end - start).Sort();
            start = end;
        }
    }

    public bool IsEmpty => _words.Length == 0;

    /// <summary>
    /// Where the sentences holding <paramref name="word"/> start and how many there are, or a
    /// count of 0 when none or more than <paramref name="max"/> hold it.
    /// </summary>
    public (int Start, int Count) Find(ulong word, int max)
    {
        int lo = 0, hi = _words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_words[mid] < word)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo == _words.Length || _words[lo] != word)
        {
            return (lo, 0);
        }

        var count = RunEnd(lo, max + 1) - lo;
        return (lo, count <= max ? count : 0);
    }

    /// <summary>The sentences of a run <see cref="Find"/> returned, in order.</summary>
    public ReadOnlySpan<int> Sentences(int start, int count) => _sentences.AsSpan(start, count);

    // The end of the run of equal words from start, looking at no more than limit of them.
    private int RunEnd(int start, int limit)
    {
        var end = start + 1;
        while (end < _words.Length && end - start < limit && _words[end] == _words[start])
        {
            end++;
        }

        return end;
    }
}
