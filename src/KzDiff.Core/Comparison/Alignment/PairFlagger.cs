namespace KzDiff.Core.Comparison.Alignment;

/// <summary>
/// Sets renamed, moved and similarity on finished pairs. Moved means a new parent, a new level
/// (a sub-heading promoted to a lettered subsection), a new letter, or an order among its
/// siblings that the longest increasing run of sibling positions does not explain.
/// </summary>
internal sealed class PairFlagger
{
    private readonly EditionProfile _old;
    private readonly EditionProfile _new;
    private readonly int[] _oldToNew;
    private readonly SectionScorer _scorer;

    public PairFlagger(EditionProfile old, EditionProfile @new, int[] oldToNew, SectionScorer scorer)
    {
        _old = old;
        _new = @new;
        _oldToNew = oldToNew;
        _scorer = scorer;
    }

    public void Flag(IReadOnlyList<NodePair> pairs)
    {
        var outOfOrder = OutOfOrderNodes();
        foreach (var pair in pairs)
        {
            if (pair.OldNode < 0 || pair.NewNode < 0)
            {
                pair.Confidence = 1;
                continue;
            }

            if (pair.OldNode == 0)
            {
                pair.Similarity = 1;
                continue;
            }

            var oldNode = _old.Nodes[pair.OldNode];
            var newNode = _new.Nodes[pair.NewNode];
            // The reported similarity is of the sections' own text; subtrees only for bare headings.
            var bare = oldNode.Shingles.Length == 0 || newNode.Shingles.Length == 0;
            var (body, _) = _scorer.Body(oldNode, newNode, subtrees: bare);
            if (oldNode.Shingles.Length == 0 && newNode.Shingles.Length == 0 && oldNode.Children.Count + newNode.Children.Count == 0)
            {
                body = ShortTextSimilarity(oldNode, newNode);
            }

            pair.Similarity = Math.Round(body, 4);
            pair.Confidence = Math.Round(pair.Confidence, 4);

            if (pair.Continuation)
            {
                continue;
            }

            pair.Renamed = oldNode.LooseKey != newNode.LooseKey && oldNode.RenameKey != newNode.RenameKey;
            var newParent = _oldToNew[oldNode.Parent] != newNode.Parent;
            var newLevel = oldNode.Node.Level != newNode.Node.Level;
            var newNumber = oldNode.Node.Number is { } a && newNode.Node.Number is { } b && a != b;
            pair.Moved = newParent || newLevel || newNumber || outOfOrder.Contains(pair.OldNode);
        }
    }

    /// <summary>Texts under three words ("Not applicable.") have no shingles; compare their words.</summary>
    private double ShortTextSimilarity(NodeProfile oldNode, NodeProfile newNode)
    {
        if (oldNode.SentenceCount == 0 && newNode.SentenceCount == 0)
        {
            return 1;
        }

        return Text.TextFold.Dice(Words(_old, oldNode), Words(_new, newNode));
    }

    private static ulong[] Words(EditionProfile edition, NodeProfile node)
    {
        var words = Array.Empty<ulong>();
        for (var s = node.FirstSentence; s < node.FirstSentence + node.SentenceCount; s++)
        {
            words = Text.TextFold.Union(words, edition.Sentences[s].WordSet);
        }

        return words;
    }

    private HashSet<int> OutOfOrderNodes()
    {
        var result = new HashSet<int>();
        var positions = new List<(int Old, int NewSibling)>();
        for (var parent = 0; parent < _old.Nodes.Count; parent++)
        {
            var newParent = _oldToNew[parent];
            if (newParent < 0)
            {
                continue;
            }

            positions.Clear();
            foreach (var child in _old.Nodes[parent].Children)
            {
                var n = _oldToNew[child];
                if (n >= 0 && _new.Nodes[n].Parent == newParent)
                {
                    positions.Add((child, _new.Nodes[n].SiblingIndex));
                }
            }

            if (positions.Count < 2)
            {
                continue;
            }

            var keep = positions.Count <= MaxSiblingsForLis ? LongestIncreasing(positions) : RunningMaximum(positions);
            for (var i = 0; i < positions.Count; i++)
            {
                if (!keep[i])
                {
                    result.Add(positions[i].Old);
                }
            }
        }

        return result;
    }

    /// <summary>Above this many siblings the quadratic LIS gives way to a linear running-maximum test.</summary>
    private const int MaxSiblingsForLis = 512;

    private static bool[] RunningMaximum(List<(int Old, int NewSibling)> positions)
    {
        var keep = new bool[positions.Count];
        var max = -1;
        for (var i = 0; i < positions.Count; i++)
        {
            keep[i] = positions[i].NewSibling > max;
            max = Math.Max(max, positions[i].NewSibling);
        }

        return keep;
    }

    private static bool[] LongestIncreasing(List<(int Old, int NewSibling)> positions)
    {
        var count = positions.Count;
        var length = new int[count];
        var previous = new int[count];
        var best = 0;
        for (var i = 0; i < count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (positions[j].NewSibling < positions[i].NewSibling && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (length[i] > length[best])
            {
                best = i;
            }
        }

        var keep = new bool[count];
        for (var i = best; i >= 0; i = previous[i])
        {
            keep[i] = true;
        }

        return keep;
    }
}
