using System.Globalization;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Alignment;

/// <summary>
/// Finds sections that one edition splits or merges: text of a still unpaired section found
/// inside a paired one, a heading that lists the titles of its pieces ("Freedom of Movement,
/// Internally Displaced Persons, Protection of Refugees, and Stateless Persons"), and
/// sub-headings promoted to siblings of the section they came from.
/// </summary>
internal sealed class SplitMergeDetector
{
    private const double MinContainment = 0.5;
    private const int MinShingles = 10;

    /// <summary>No real section splits into or merges from more pieces than this.</summary>
    private const int MaxPieces = 8;

    private readonly Dictionary<int, int> _oldPieces = [];
    private readonly Dictionary<int, int> _newPieces = [];

    private readonly EditionProfile _old;
    private readonly EditionProfile _new;
    private readonly int[] _oldToNew;
    private readonly int[] _newToOld;
    private readonly SectionAligner _aligner;

    public SplitMergeDetector(EditionProfile old, EditionProfile @new, int[] oldToNew, int[] newToOld, SectionAligner aligner)
    {
        _old = old;
        _new = @new;
        _oldToNew = oldToNew;
        _newToOld = newToOld;
        _aligner = aligner;
    }

    public void Detect(Lazy<ShingleIndex> newIndex, Lazy<ShingleIndex> oldIndex)
    {
        for (var n = 1; n < _new.Nodes.Count; n++)
        {
            if (_newToOld[n] >= 0)
            {
                continue;
            }

            var (source, share) = BestContainer(_new.Nodes[n], oldIndex, _oldToNew);
            if (source < 0)
            {
                source = TitleListSource(n);
                share = 0;
            }

            if (source >= 0 && Count(_oldPieces, source) <= MaxPieces)
            {
                var evidence = share > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{share:P0} of its text comes from {_old.Nodes[source].Node.Path}")
                    : string.Create(CultureInfo.InvariantCulture, $"title is part of \"{_old.Nodes[source].Node.Title}\"");
                var pair = _aligner.AddSecondary(source, n, share > 0 ? share : 0.7, evidence);
                if (_new.IsBelow(n, _oldToNew[source]))
                {
                    // Text that went on under a new sub-heading of the section's own counterpart is not a split.
                    pair.Evidence.Add("now under a new sub-heading of " + _new.Nodes[_oldToNew[source]].Node.Path);
                    pair.Continuation = true;
                }
                else
                {
                    pair.Split = true;
                    _aligner.PrimaryOfOld(source).Split = true;
                }
            }
        }

        for (var o = 1; o < _old.Nodes.Count; o++)
        {
            if (_oldToNew[o] >= 0)
            {
                continue;
            }

            var (target, share) = BestContainer(_old.Nodes[o], newIndex, _newToOld);
            if (target < 0)
            {
                target = TitleListTarget(o);
                share = 0;
            }

            if (target >= 0 && Count(_newPieces, target) <= MaxPieces)
            {
                var evidence = share > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{share:P0} of its text went to {_new.Nodes[target].Node.Path}")
                    : string.Create(CultureInfo.InvariantCulture, $"title is part of \"{_new.Nodes[target].Node.Title}\"");
                _aligner.AddSecondary(o, target, share > 0 ? share : 0.7, evidence).Merged = true;
                _aligner.PrimaryOfNew(target).Merged = true;
            }
        }

        MarkPromotedSubheadings();
    }

    private static int Count(Dictionary<int, int> counts, int node)
    {
        var count = counts.GetValueOrDefault(node) + 1;
        counts[node] = count;
        return count;
    }

    /// <summary>The paired node of the other edition that holds most of this node's text, if enough.</summary>
    private static (int Node, double Share) BestContainer(NodeProfile node, Lazy<ShingleIndex> otherIndex, int[] otherPaired)
    {
        if (node.Shingles.Length < MinShingles)
        {
            return (-1, 0);
        }

        var counts = new Dictionary<int, int>();
        foreach (var shingle in node.Shingles)
        {
            var posting = otherIndex.Value.Get(shingle);
            if (posting.Length <= ShingleIndex.MaxPosting)
            {
                foreach (var other in posting)
                {
                    counts[other] = counts.GetValueOrDefault(other) + 1;
                }
            }
        }

        int best = -1, bestCount = 0;
        foreach (var (other, count) in counts)
        {
            if (otherPaired[other] >= 0 && count > bestCount)
            {
                best = other;
                bestCount = count;
            }
        }

        var share = (double)bestCount / node.Shingles.Length;
        return share >= MinContainment ? (best, share) : (-1, 0);
    }

    /// <summary>An old sibling-level section whose title lists this new section's title among others.</summary>
    private int TitleListSource(int n)
    {
        var newNode = _new.Nodes[n];
        foreach (var sibling in _new.Nodes[newNode.Parent].Children)
        {
            var o = _newToOld[sibling];
            if (sibling == n || o < 0)
            {
                continue;
            }

            if (ListsTitle(_old.Nodes[o].TitleWords, newNode.TitleWords))
            {
                return o;
            }
        }

        return -1;
    }

    private int TitleListTarget(int o)
    {
        var oldNode = _old.Nodes[o];
        foreach (var sibling in _old.Nodes[oldNode.Parent].Children)
        {
            var n = _oldToNew[sibling];
            if (sibling == o || n < 0)
            {
                continue;
            }

            if (ListsTitle(_new.Nodes[n].TitleWords, oldNode.TitleWords))
            {
                return n;
            }
        }

        return -1;
    }

    private static bool ListsTitle(ulong[] list, ulong[] part)
    {
        return part.Length > 0 && list.Length > part.Length && TextFold.IntersectionCount(list, part) == part.Length;
    }

    /// <summary>
    /// A sub-heading that became a sibling of its old parent's counterpart (2018 "2.d / PROTECTION
    /// OF REFUGEES" to 2019 "2.f"): the old parent was split, and this pair is one of its pieces.
    /// </summary>
    private void MarkPromotedSubheadings()
    {
        for (var d = 1; d < _old.Nodes.Count; d++)
        {
            var n2 = _oldToNew[d];
            if (n2 < 0)
            {
                continue;
            }

            for (var o = _old.Nodes[d].Parent; o > 0; o = _old.Nodes[o].Parent)
            {
                var n1 = _oldToNew[o];
                if (n1 < 0 || n1 == n2 || _new.IsBelow(n2, n1))
                {
                    continue;
                }

                // Promotion alone is a move (2022→2023 "Transnational Repression" to 1.f); it is a
                // split when the old heading listed the piece ("... Protection of Refugees, and Stateless Persons").
                var listed = ListsTitle(_old.Nodes[o].TitleWords, _old.Nodes[d].TitleWords);
                if (_new.Nodes[n1].Parent == _new.Nodes[n2].Parent && listed)
                {
                    var piece = _aligner.PrimaryOfOld(d);
                    piece.Split = true;
                    piece.Evidence.Add("split out of " + _old.Nodes[o].Node.Path);
                    _aligner.PrimaryOfOld(o).Split = true;
                }

                break;
            }
        }
    }
}
