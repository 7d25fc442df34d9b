using KzDiff.Core.Comparison.Alignment;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Sentences;

/// <summary>
/// Links the sentences of two editions: inside each section pair first (anchors on identical
/// sentences, then similarity in the gaps), then what is left across the whole edition as moves
/// (identical first, then similar through an inverted index of rare words).
/// </summary>
internal sealed class SentenceMatcher
{
    /// <summary>Similarity from which a sentence found elsewhere counts as moved rather than removed and added.</summary>
    public const double MoveThreshold = 0.6;

    /// <summary>Words in more leftover sentences than this are too common to find a move by.</summary>
    private const int MaxPosting = 24;

    private const int RareWordsPerSentence = 4;

    /// <summary>Caps similarity work on pathological pairs (unrelated editions, 10 MB inputs).</summary>
    private const long MaxMoveComparisons = 400_000;

    private readonly EditionProfile _old;
    private readonly EditionProfile _new;

    public SentenceMatcher(EditionProfile old, EditionProfile @new)
    {
        _old = old;
        _new = @new;
        OldLinks = new SentenceLinks(old.Sentences.Count);
        NewLinks = new SentenceLinks(@new.Sentences.Count);
    }

    public SentenceLinks OldLinks { get; }

    public SentenceLinks NewLinks { get; }

    public void Run(IReadOnlyList<NodePair> pairs)
    {
        foreach (var pair in pairs)
        {
            if (pair.OldNode >= 0 && pair.NewNode >= 0 && pair.OldHome && pair.NewHome)
            {
                MatchInPair(_old.Nodes[pair.OldNode], _new.Nodes[pair.NewNode]);
            }
        }

        foreach (var pair in pairs)
        {
            if (pair.OldNode >= 0 && pair.NewNode >= 0 && !(pair.OldHome && pair.NewHome))
            {
                MatchInPair(_old.Nodes[pair.OldNode], _new.Nodes[pair.NewNode]);
            }
        }

        MatchIdenticalMoves();
        MatchSimilarMoves();
    }

    private void MatchInPair(NodeProfile oldNode, NodeProfile newNode)
    {
        var a = FreeSentences(_old, OldLinks, oldNode);
        var b = FreeSentences(_new, NewLinks, newNode);
        if (a.Count == 0 || b.Count == 0)
        {
            return;
        }

        var aHashes = new ulong[a.Count];
        for (var i = 0; i < a.Count; i++)
        {
            aHashes[i] = _old.Sentences[a[i]].Squeeze;
        }

        var bHashes = new ulong[b.Count];
        for (var j = 0; j < b.Count; j++)
        {
            bHashes[j] = _new.Sentences[b[j]].Squeeze;
        }

        var anchors = new List<(int A, int B)>();
        AnchorMatcher.Match(aHashes, bHashes, anchors);
        var gapMatches = new List<GapMatch>();
        var oldGap = new List<int>();
        var newGap = new List<int>();
        int pa = 0, pb = 0;
        for (var k = 0; k <= anchors.Count; k++)
        {
            var (x, y) = k < anchors.Count ? anchors[k] : (a.Count, b.Count);
            if (x > pa && y > pb)
            {
                oldGap.Clear();
                newGap.Clear();
                for (var i = pa; i < x; i++)
                {
                    oldGap.Add(a[i]);
                }

                for (var j = pb; j < y; j++)
                {
                    newGap.Add(b[j]);
                }

                GapMatcher.Match(_old.Sentences, oldGap, _new.Sentences, newGap, gapMatches);
            }

            if (k < anchors.Count)
            {
                Link(a[x], b[y], LinkMode.InPair);
            }

            pa = x + 1;
            pb = y + 1;
        }

        foreach (var match in gapMatches)
        {
            Link(match.Old, match.New, LinkMode.InPair);
            if (match.NewCount == 2)
            {
                OldLinks.Span[match.Old] = 2;
                Link(match.Old, match.New + NextOffset(b, match.New), LinkMode.InPair, second: true, newSide: true);
            }
            else if (match.OldCount == 2)
            {
                NewLinks.Span[match.New] = 2;
                Link(match.Old + NextOffset(a, match.Old), match.New, LinkMode.InPair, second: true, newSide: false);
            }
        }
    }

    /// <summary>Distance to the next free sentence in the same list (free sentences of a node need not be adjacent).</summary>
    private static int NextOffset(List<int> list, int sentence)
    {
        var at = list.BinarySearch(sentence);
        return list[at + 1] - sentence;
    }

    private void Link(int oldSentence, int newSentence, LinkMode mode)
    {
        OldLinks.Partner[oldSentence] = newSentence;
        OldLinks.Mode[oldSentence] = mode;
        OldLinks.Span[oldSentence] = Math.Max(OldLinks.Span[oldSentence], (byte)1);
        NewLinks.Partner[newSentence] = oldSentence;
        NewLinks.Mode[newSentence] = mode;
        NewLinks.Span[newSentence] = Math.Max(NewLinks.Span[newSentence], (byte)1);
    }

    /// <summary>Links the second half of a split (new side) or merge (old side) to the shared row.</summary>
    private void Link(int oldSentence, int newSentence, LinkMode mode, bool second, bool newSide)
    {
        if (newSide)
        {
            NewLinks.Partner[newSentence] = oldSentence;
            NewLinks.Mode[newSentence] = mode;
            NewLinks.Second[newSentence] = second;
        }
        else
        {
            OldLinks.Partner[oldSentence] = newSentence;
            OldLinks.Mode[oldSentence] = mode;
            OldLinks.Second[oldSentence] = second;
        }
    }

    private static List<int> FreeSentences(EditionProfile edition, SentenceLinks links, NodeProfile node)
    {
        var result = new List<int>(node.SentenceCount);
        for (var s = node.FirstSentence; s < node.FirstSentence + node.SentenceCount; s++)
        {
            if (links.Mode[s] == LinkMode.Free)
            {
                result.Add(s);
            }
        }

        return result;
    }

    private void MatchIdenticalMoves()
    {
        var byHash = new Dictionary<ulong, Queue<int>>();
        for (var s = 0; s < _old.Sentences.Count; s++)
        {
            if (OldLinks.Mode[s] != LinkMode.Free)
            {
                continue;
            }

            var hash = _old.Sentences[s].Squeeze;
            if (!byHash.TryGetValue(hash, out var queue))
            {
                byHash[hash] = queue = new Queue<int>(1);
            }

            queue.Enqueue(s);
        }

        for (var s = 0; s < _new.Sentences.Count; s++)
        {
            if (NewLinks.Mode[s] == LinkMode.Free
                && byHash.TryGetValue(_new.Sentences[s].Squeeze, out var queue)
                && queue.TryDequeue(out var oldSentence))
            {
                Link(oldSentence, s, LinkMode.Moved);
            }
        }
    }

    private void MatchSimilarMoves()
    {
        var postings = new WordPostings(_new.Sentences, NewLinks);
        if (postings.IsEmpty)
        {
            return;
        }

        var candidates = new List<(double Sim, int Old, int New)>();
        var rare = new List<(int Count, int Start)>();
        var tried = new HashSet<int>();
        long comparisons = 0;
        for (var s = 0; s < _old.Sentences.Count && comparisons < MaxMoveComparisons; s++)
        {
            if (OldLinks.Mode[s] != LinkMode.Free)
            {
                continue;
            }

            var oldSentence = _old.Sentences[s];
            rare.Clear();
            foreach (var word in oldSentence.WordSet)
            {
                var (start, count) = postings.Find(word, MaxPosting);
                if (count > 0)
                {
                    rare.Add((count, start));
                }
            }

            rare.Sort(static (x, y) => x.Count.CompareTo(y.Count));
            tried.Clear();
            for (var r = 0; r < rare.Count && r < RareWordsPerSentence; r++)
            {
                foreach (var candidate in postings.Sentences(rare[r].Start, rare[r].Count))
                {
                    if (!tried.Add(candidate))
                    {
                        continue;
                    }

                    comparisons++;
                    var sim = TextFold.Dice(oldSentence.WordSet, _new.Sentences[candidate].WordSet);
                    if (sim >= MoveThreshold)
                    {
                        candidates.Add((sim, s, candidate));
                    }
                }
            }
        }

        candidates.Sort(static (x, y) => y.Sim.CompareTo(x.Sim));
        foreach (var (_, oldSentence, newSentence) in candidates)
        {
            if (OldLinks.Mode[oldSentence] == LinkMode.Free && NewLinks.Mode[newSentence] == LinkMode.Free)
            {
                Link(oldSentence, newSentence, LinkMode.Moved);
            }
        }
    }
}
