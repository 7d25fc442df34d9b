using System.Buffers;
using KzDiff.Core.Comparison.Text;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Comparison.Alignment;

/// <summary>A section node flattened into an array, with the features section alignment scores.</summary>
internal sealed class NodeProfile
{
    private ulong[]? _subtreeShingles;

    public NodeProfile(SectionNode node, int index, int parent, int depth, int siblingIndex)
    {
        Node = node;
        Index = index;
        Parent = parent;
        Depth = depth;
        SiblingIndex = siblingIndex;
        var key = string.IsNullOrEmpty(node.Key) ? node.Title : node.Key;
        LooseKey = TextFold.LooseKey(key);
        TitleWords = Text.TitleWords.From(key);
        RenameKey = Text.TitleWords.RenameKey(node.Title);
    }

    public SectionNode Node { get; }

    public int Index { get; }

    /// <summary>Index of the parent node, or -1 for the root.</summary>
    public int Parent { get; }

    public int Depth { get; }

    public int SiblingIndex { get; }

    public List<int> Children { get; } = [];

    public string LooseKey { get; }

    public ulong[] TitleWords { get; }

    /// <summary>See <see cref="Text.TitleWords.RenameKey"/>: equal rename keys mean "not renamed".</summary>
    public string RenameKey { get; }

    /// <summary>First sentence of the node in <see cref="EditionProfile.Sentences"/>.</summary>
    public int FirstSentence { get; set; }

    public int SentenceCount { get; set; }

    /// <summary>Word 3-gram hashes of the node's own text, sorted and distinct.</summary>
    public ulong[] Shingles { get; set; } = [];

    /// <summary>One past the last node of this node's subtree in pre-order.</summary>
    public int SubtreeEnd { get; set; }

    public ulong[] SubtreeShingles(EditionProfile edition)
    {
        if (_subtreeShingles is null)
        {
            if (Children.Count == 0)
            {
                _subtreeShingles = Shingles;
                return _subtreeShingles;
            }

            // Gathered and sorted once: merging child by child is quadratic on a wide tree.
            var total = 0;
            for (var n = Index; n < SubtreeEnd; n++)
            {
                total += edition.Nodes[n].Shingles.Length;
            }

            // Pooled: only the distinct sorted set is kept.
            var all = ArrayPool<ulong>.Shared.Rent(total);
            var at = 0;
            for (var n = Index; n < SubtreeEnd; n++)
            {
                var own = edition.Nodes[n].Shingles;
                own.CopyTo(all, at);
                at += own.Length;
            }

            _subtreeShingles = Text.TextFold.DistinctSortedInPlace(all.AsSpan(0, total));
            ArrayPool<ulong>.Shared.Return(all);
        }

        return _subtreeShingles;
    }
}
