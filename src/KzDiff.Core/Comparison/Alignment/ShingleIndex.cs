namespace KzDiff.Core.Comparison.Alignment;

/// <summary>
/// Which nodes of an edition hold each body shingle that the other edition can ask about. Most
/// shingles occur in one node only, so that case is stored inline; only shared shingles get a
/// list, capped just past <see cref="MaxPosting"/> because beyond it a shingle is boilerplate and
/// is skipped anyway.
/// </summary>
internal sealed class ShingleIndex
{
    public const int MaxPosting = 8;

    // A shingle the asking side holds that no node of this edition holds (yet).
    private const int Absent = int.MinValue;

    private readonly Dictionary<ulong, int> _map;
    private readonly List<int[]> _shared = [];
    private readonly List<int> _sharedCounts = [];
    private readonly int[] _identity;

    /// <summary>
    /// Indexes <paramref name="edition"/> for lookups of the shingles of the nodes of
    /// <paramref name="asker"/> that are unpaired now (<paramref name="askerPairing"/> below 0).
    /// Only such nodes ever ask, and pairing only grows, so the index keeps just their shingles:
    /// indexing every shingle of the edition made a dictionary of tens of thousands of entries on
    /// the large object heap, the largest allocation of a comparison's alignment, when a year
    /// leaves a handful of sections unpaired by title.
    /// </summary>
    public ShingleIndex(EditionProfile edition, EditionProfile asker, int[] askerPairing)
    {
        var total = 0;
        for (var n = 1; n < asker.Nodes.Count; n++)
        {
            total += askerPairing[n] < 0 ? asker.Nodes[n].Shingles.Length : 0;
        }

        _map = new Dictionary<ulong, int>(total);
        for (var n = 1; n < asker.Nodes.Count; n++)
        {
            if (askerPairing[n] < 0)
            {
                foreach (var shingle in asker.Nodes[n].Shingles)
                {
                    _map.TryAdd(shingle, Absent);
                }
            }
        }

        _identity = new int[edition.Nodes.Count];
        for (var n = 0; n < _identity.Length; n++)
        {
            _identity[n] = n;
        }

        for (var n = 1; n < edition.Nodes.Count && _map.Count > 0; n++)
        {
            foreach (var shingle in edition.Nodes[n].Shingles)
            {
                if (!_map.TryGetValue(shingle, out var value))
                {
                    continue;
                }

                if (value == Absent)
                {
                    _map[shingle] = n;
                }
                else if (value >= 0)
                {
                    var list = new int[MaxPosting + 1];
                    list[0] = value;
                    list[1] = n;
                    _shared.Add(list);
                    _sharedCounts.Add(2);
                    _map[shingle] = -_shared.Count;
                }
                else
                {
                    var k = -value - 1;
                    if (_sharedCounts[k] <= MaxPosting)
                    {
                        _shared[k][_sharedCounts[k]++] = n;
                    }
                }
            }
        }
    }

    /// <summary>The nodes holding <paramref name="shingle"/>; more than <see cref="MaxPosting"/> means boilerplate.</summary>
    public ReadOnlySpan<int> Get(ulong shingle)
    {
        if (!_map.TryGetValue(shingle, out var value) || value == Absent)
        {
            return [];
        }

        if (value >= 0)
        {
            return _identity.AsSpan(value, 1);
        }

        var k = -value - 1;
        return _shared[k].AsSpan(0, _sharedCounts[k]);
    }
}
