using System.Globalization;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Alignment;

/// <summary>
/// Pairs the sections of two editions: first by equal title keys (top down, so a parent's
/// pairing disambiguates repeated sub-headings), then by score over candidates drawn from an
/// inverted index of body shingles, titles and siblings, then splits and merges.
/// </summary>
internal sealed class SectionAligner
{
    /// <summary>Title words shared by more nodes than this say nothing about pairing.</summary>
    private const int MaxPosting = 8;

    /// <summary>Caps the candidates scored per old node so a pathological outline stays linear.</summary>
    private const int MaxCandidatesPerNode = 24;

    /// <summary>Caps candidate scoring over a whole comparison (a 10 MB edition of repeated sections).</summary>
    private const int MaxScoredCandidates = 60_000;

    private int _scored;

    private readonly EditionProfile _old;
    private readonly EditionProfile _new;
    private readonly int[] _oldToNew;
    private readonly int[] _newToOld;
    private readonly SectionScorer _scorer;
    private readonly Dictionary<long, NodePair> _pairs = [];
    private readonly List<NodePair> _ordered = [];

    private readonly CorpusEvidence _corpus;

    private SectionAligner(EditionProfile old, EditionProfile @new, CorpusEvidence corpus)
    {
        _corpus = corpus;
        _old = old;
        _new = @new;
        _oldToNew = new int[old.Nodes.Count];
        _newToOld = new int[@new.Nodes.Count];
        Array.Fill(_oldToNew, -1);
        Array.Fill(_newToOld, -1);
        _scorer = new SectionScorer(old, @new, _oldToNew);
    }

    public static SectionAlignment Align(EditionProfile old, EditionProfile @new, CorpusEvidence? corpus = null)
    {
        var aligner = new SectionAligner(old, @new, corpus ?? CorpusEvidence.None);
        aligner.Run();
        return new SectionAlignment(aligner._ordered, aligner._oldToNew, aligner._newToOld);
    }

    private void Run()
    {
        Match(0, 0, 1, "document root");
        AnchorOnTitles(static node => node.LooseKey);
        AnchorOnTitles(static node => node.RenameKey);
        // An edition compared with itself, or a year without outline changes, pairs every node
        // by title: the indexes below are then never built.
        var newIndex = new Lazy<ShingleIndex>(() => new ShingleIndex(_new, _old, _oldToNew));
        var oldIndex = new Lazy<ShingleIndex>(() => new ShingleIndex(_old, _new, _newToOld));
        if (_corpus.Reports > 0)
        {
            AnchorOnCorpus(newIndex, oldIndex);
        }

        for (var round = 0; round < 2 && Array.IndexOf(_oldToNew, -1) >= 0 && Array.IndexOf(_newToOld, -1) >= 0; round++)
        {
            MatchBySimilarity(newIndex.Value);
        }

        if (Array.IndexOf(_oldToNew, -1) >= 0 || Array.IndexOf(_newToOld, -1) >= 0)
        {
            new SplitMergeDetector(_old, _new, _oldToNew, _newToOld, this).Detect(newIndex, oldIndex);
        }
        for (var o = 1; o < _old.Nodes.Count; o++)
        {
            if (_oldToNew[o] < 0 && !HasPairWithOld(o))
            {
                AddPair(new NodePair(o, -1));
            }
        }

        for (var n = 1; n < _new.Nodes.Count; n++)
        {
            if (_newToOld[n] < 0 && !HasPairWithNew(n))
            {
                AddPair(new NodePair(-1, n));
            }
        }

        new PairFlagger(_old, _new, _oldToNew, _scorer).Flag(_ordered);
    }

    private readonly HashSet<int> _oldInSecondaryPairs = [];
    private readonly HashSet<int> _newInSecondaryPairs = [];

    private bool HasPairWithOld(int o) => _oldInSecondaryPairs.Contains(o);

    private bool HasPairWithNew(int n) => _newInSecondaryPairs.Contains(n);

    internal NodePair? Find(int o, int n) => _pairs.GetValueOrDefault(PairKey(o, n));

    internal NodePair PrimaryOfOld(int o) => _pairs[PairKey(o, _oldToNew[o])];

    internal NodePair PrimaryOfNew(int n) => _pairs[PairKey(_newToOld[n], n)];

    /// <summary>Adds an extra pair of a split (old node already paired) or merge (new node already paired).</summary>
    internal NodePair AddSecondary(int o, int n, double confidence, string evidence)
    {
        var pair = new NodePair(o, n)
        {
            OldHome = _oldToNew[o] < 0 && !_oldInSecondaryPairs.Contains(o),
            NewHome = _newToOld[n] < 0 && !_newInSecondaryPairs.Contains(n),
            Confidence = confidence,
        };
        pair.Evidence.Add(evidence);
        _oldInSecondaryPairs.Add(o);
        _newInSecondaryPairs.Add(n);
        AddPair(pair);
        return pair;
    }

    private NodePair Match(int o, int n, double confidence, string evidence)
    {
        _oldToNew[o] = n;
        _newToOld[n] = o;
        var pair = new NodePair(o, n) { Confidence = confidence };
        pair.Evidence.Add(evidence);
        AddPair(pair);
        return pair;
    }

    private void AddPair(NodePair pair)
    {
        _pairs[PairKey(pair.OldNode, pair.NewNode)] = pair;
        _ordered.Add(pair);
    }

    private static long PairKey(int o, int n) => ((long)o << 32) | (uint)n;

    private void AnchorOnTitles(Func<NodeProfile, string> keyOf)
    {
        var newByKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 1; n < _new.Nodes.Count; n++)
        {
            var key = keyOf(_new.Nodes[n]);
            if (key.Length == 0 || _newToOld[n] >= 0)
            {
                continue;
            }

            if (!newByKey.TryGetValue(key, out var list))
            {
                newByKey[key] = list = [];
            }

            list.Add(n);
        }

        var oldKeyCount = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var o = 1; o < _old.Nodes.Count; o++)
        {
            if (_oldToNew[o] >= 0)
            {
                continue;
            }

            var key = keyOf(_old.Nodes[o]);
            oldKeyCount[key] = oldKeyCount.GetValueOrDefault(key) + 1;
        }

        // Pre-order: a parent is anchored before its children, so repeated sub-heading titles
        // ("Women" under two sections) go to the copy under the matching parent.
        for (var o = 1; o < _old.Nodes.Count; o++)
        {
            var oldNode = _old.Nodes[o];
            var oldKey = keyOf(oldNode);
            if (_oldToNew[o] >= 0 || oldKey.Length == 0 || !newByKey.TryGetValue(oldKey, out var candidates))
            {
                continue;
            }

            var parentMatch = _oldToNew[oldNode.Parent];
            int chosen = -1, free = 0, lastFree = -1;
            foreach (var n in candidates)
            {
                if (_newToOld[n] >= 0)
                {
                    continue;
                }

                free++;
                lastFree = n;
                if (chosen < 0 && _new.Nodes[n].Parent == parentMatch)
                {
                    chosen = n;
                }
            }

            var unique = free == 1 && candidates.Count == 1 && oldKeyCount[oldKey] == 1;
            if (chosen < 0 && unique)
            {
                chosen = lastFree;
            }

            if (chosen >= 0)
            {
                var score = _scorer.Score(o, chosen, subtrees: false);
                var pair = Match(o, chosen, score.SameParent ? 0.95 : 0.85, "same title");
                AddStructureEvidence(pair, score);
            }
        }
    }

    /// <summary>
    /// Pairs an old title with the new title the other reports of the same years renamed it to.
    /// Strong evidence, not a rule: the pair is refused when the old text plainly went to another
    /// new section (or the new text plainly came from another old one).
    /// </summary>
    private void AnchorOnCorpus(Lazy<ShingleIndex> newIndex, Lazy<ShingleIndex> oldIndex)
    {
        Dictionary<string, List<int>>? newByKey = null;
        for (var o = 1; o < _old.Nodes.Count; o++)
        {
            if (_oldToNew[o] >= 0)
            {
                continue;
            }

            var renames = _corpus.RenamesOfKey(_old.Nodes[o].RenameKey);
            if (renames.IsEmpty)
            {
                continue;
            }

            newByKey ??= UnmatchedNewByRenameKey();
            foreach (var rename in renames)
            {
                if (!newByKey.TryGetValue(TitleWords.RenameKey(rename.NewTitle), out var candidates))
                {
                    continue;
                }

                var n = PickCandidate(o, candidates);
                if (n < 0)
                {
                    continue;
                }

                var score = _scorer.Score(o, n);
                if (Contradicted(o, n, score, newIndex.Value, oldIndex.Value))
                {
                    continue;
                }

                var share = (double)rename.Reports / rename.Carriers;
                var pair = Match(o, n, Math.Clamp(0.6 + (0.35 * share), 0, 0.95), rename.Explanation);
                AddStructureEvidence(pair, score);
                break;
            }
        }
    }

    private Dictionary<string, List<int>> UnmatchedNewByRenameKey()
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 1; n < _new.Nodes.Count; n++)
        {
            var key = _new.Nodes[n].RenameKey;
            if (key.Length == 0)
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(n);
        }

        return byKey;
    }

    // The free candidate under the old node's counterpart parent, else the only free one.
    private int PickCandidate(int o, List<int> candidates)
    {
        var parentMatch = _oldToNew[_old.Nodes[o].Parent];
        int free = 0, last = -1;
        foreach (var n in candidates)
        {
            if (_newToOld[n] >= 0)
            {
                continue;
            }

            if (_new.Nodes[n].Parent == parentMatch)
            {
                return n;
            }

            free++;
            last = n;
        }

        return free == 1 ? last : -1;
    }

    /// <summary>Strong text for another free section on either side, weak text for this pair.</summary>
    private bool Contradicted(int o, int n, PairScore score, ShingleIndex newIndex, ShingleIndex oldIndex)
    {
        const double Strong = 0.5, Weak = 0.2;
        if (Math.Max(score.Body, 0.8 * score.Containment) >= Weak)
        {
            return false;
        }

        return BestOther(_old.Nodes[o], newIndex, _newToOld, n, (other) => _scorer.Score(o, other)) >= Strong
            || BestOther(_new.Nodes[n], oldIndex, _oldToNew, o, (other) => _scorer.Score(other, n)) >= Strong;
    }

    private static double BestOther(NodeProfile node, ShingleIndex index, int[] taken, int except, Func<int, PairScore> score)
    {
        var overlap = new Dictionary<int, int>();
        foreach (var shingle in node.Shingles)
        {
            var posting = index.Get(shingle);
            if (posting.Length <= ShingleIndex.MaxPosting)
            {
                foreach (var other in posting)
                {
                    if (other != except && taken[other] < 0)
                    {
                        overlap[other] = overlap.GetValueOrDefault(other) + 1;
                    }
                }
            }
        }

        var best = 0.0;
        foreach (var (other, count) in overlap.OrderByDescending(x => x.Value).Take(4))
        {
            if (count >= 3)
            {
                var s = score(other);
                best = Math.Max(best, Math.Max(s.Body, 0.8 * s.Containment));
            }
        }

        return best;
    }

    private void MatchBySimilarity(ShingleIndex newIndex)
    {
        var titleIndex = TitleIndex();
        var candidates = new List<PairScore>();
        var overlap = new int[_new.Nodes.Count];
        var touched = new List<int>();
        var seen = new HashSet<int>();
        for (var o = 1; o < _old.Nodes.Count; o++)
        {
            if (_oldToNew[o] >= 0)
            {
                continue;
            }

            var oldNode = _old.Nodes[o];
            touched.Clear();
            seen.Clear();
            foreach (var shingle in oldNode.Shingles)
            {
                var posting = newIndex.Get(shingle);
                if (posting.Length <= ShingleIndex.MaxPosting)
                {
                    foreach (var n in posting)
                    {
                        if (overlap[n]++ == 0)
                        {
                            touched.Add(n);
                        }
                    }
                }
            }

            foreach (var n in touched)
            {
                if (overlap[n] >= 3 && _newToOld[n] < 0 && seen.Count < MaxCandidatesPerNode)
                {
                    seen.Add(n);
                }

                overlap[n] = 0;
            }

            var parentMatch = _oldToNew[oldNode.Parent];
            if (parentMatch >= 0)
            {
                foreach (var n in _new.Nodes[parentMatch].Children)
                {
                    if (_newToOld[n] < 0 && seen.Count < MaxCandidatesPerNode)
                    {
                        seen.Add(n);
                    }
                }
            }

            foreach (var word in oldNode.TitleWords)
            {
                if (titleIndex.TryGetValue(word, out var posting) && posting.Count <= MaxPosting)
                {
                    foreach (var n in posting)
                    {
                        if (_newToOld[n] < 0 && seen.Count < MaxCandidatesPerNode)
                        {
                            seen.Add(n);
                        }
                    }
                }
            }

            foreach (var n in seen)
            {
                if (++_scored > MaxScoredCandidates)
                {
                    break;
                }

                var score = _scorer.Score(o, n);
                if (SectionScorer.Acceptable(score))
                {
                    candidates.Add(score);
                }
            }
        }

        candidates.Sort(static (a, b) => b.Total.CompareTo(a.Total));
        foreach (var candidate in candidates)
        {
            if (_oldToNew[candidate.Old] >= 0 || _newToOld[candidate.New] >= 0)
            {
                continue;
            }

            var confidence = Math.Clamp(0.3 + candidate.Total, 0, 0.95);
            var evidence = candidate.Title >= 0.5
                ? string.Create(CultureInfo.InvariantCulture, $"title {candidate.Title:P0} similar")
                : Math.Max(candidate.Body, candidate.Containment) >= 0.1 ? "body match" : "same letter under the same parent";
            var pair = Match(candidate.Old, candidate.New, confidence, evidence);
            AddStructureEvidence(pair, candidate);
        }
    }

    private static void AddStructureEvidence(NodePair pair, PairScore score)
    {
        if (score.Body > 0 || score.Containment > 0)
        {
            pair.Evidence.Add(string.Create(CultureInfo.InvariantCulture, $"body {score.Body:P0} similar"));
        }

        if (score.Containment >= 0.5 && score.Containment > score.Body + 0.2)
        {
            pair.Evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{score.Containment:P0} of the shorter text shared"));
        }

        if (score.SameParent)
        {
            pair.Evidence.Add("same parent");
        }

        if (score.SameNumber)
        {
            pair.Evidence.Add("same number");
        }
    }

    private Dictionary<ulong, List<int>> TitleIndex()
    {
        var index = new Dictionary<ulong, List<int>>();
        for (var n = 1; n < _new.Nodes.Count; n++)
        {
            if (_newToOld[n] >= 0)
            {
                continue;
            }

            foreach (var word in _new.Nodes[n].TitleWords)
            {
                if (!index.TryGetValue(word, out var list))
                {
                    index[word] = list = [];
                }

                list.Add(n);
            }
        }

        return index;
    }
}
