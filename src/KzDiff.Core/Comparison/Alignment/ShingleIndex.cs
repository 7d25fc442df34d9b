namespace KzDiff.Core.Comparison.Alignment;

/// <summary>
/// Which nodes of an edition hold each body shingle. Most shingles occur in one node only, so
/// that case is stored inline; only shared shingles get a list, capped just past
/// <see cref="MaxPosting"/> because beyond it a shingle is boilerplate and is skipped anyway.
/// </summary>
internal sealed class ShingleIndex
{
    public const int MaxPosting = 8;

    private readonly Dictionary<ulong, int> _map;
    private readonly List<int[]> _shared = [];
    private readonly List<int> _sharedCounts = [];
    private readonly int[] _identity;

    public ShingleIndex(EditionProfile edition)
    {
        var total = 0;
        for (var n = 1; n < edition.Nodes.Count; n++)
        {
            total += edition.Nodes[n].Shingles.Length;
        }

        _map = new Dictionary<ulong, int>(total);
        _identity = new int[edition.Nodes.Count];
        for (var n = 0; n < _identity.Length; n++)
        {
            _identity[n] = n;
        }

        for (var n = 1; n < edition.Nodes.Count; n++)
        {
            foreach (var shingle in edition.Nodes[n].Shingles)
            {
                if (!_map.TryGetValue(shingle, out var value))
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
        if (!_map.TryGetValue(shingle, out var value))
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
