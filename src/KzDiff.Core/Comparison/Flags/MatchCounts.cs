namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Multiset comparison of phrase matches on the two sides of a row, by a key. The lists hold a
/// handful of matches at most, so plain loops beat any dictionary here.
/// </summary>
internal static class MatchCounts
{
    /// <summary>
    /// The matches of <paramref name="side"/> beyond the number <paramref name="other"/> has of the
    /// same key, those a hunk touches chosen first, in sentence order. Callers only read the list.
    /// </summary>
    public static List<PhraseMatch<T>> Surplus<T, TKey>(List<PhraseMatch<T>> side, List<PhraseMatch<T>> other, Func<T, TKey> key, RowText row, bool oldSide)
    {
        if (side.Count == 0)
        {
            return side;
        }

        List<PhraseMatch<T>>? result = null;

        var comparer = EqualityComparer<TKey>.Default;
        Span<bool> counted = side.Count <= 64 ? stackalloc bool[side.Count] : new bool[side.Count];
        for (var a = 0; a < side.Count; a++)
        {
            if (counted[a])
            {
                continue;
            }

            var k = key(side[a].Value);
            var surplus = 0;
            for (var b = a; b < side.Count; b++)
            {
                if (!counted[b] && comparer.Equals(key(side[b].Value), k))
                {
                    counted[b] = true;
                    surplus++;
                }
            }

            foreach (var m in other)
            {
                surplus -= comparer.Equals(key(m.Value), k) ? 1 : 0;
            }

            if (surplus <= 0)
            {
                continue;
            }

            // Touched matches first, then the others, each in sentence order.
            for (var pass = 0; pass < 2 && surplus > 0; pass++)
            {
                for (var b = a; b < side.Count && surplus > 0; b++)
                {
                    var m = side[b];
                    if (comparer.Equals(key(m.Value), k) && row.Touched(oldSide, m.First, m.Last) == (pass == 0))
                    {
                        (result ??= []).Add(m);
                        surplus--;
                    }
                }
            }
        }

        if (result is null)
        {
            return NoMatches<T>.List;
        }

        result.Sort(static (x, y) => x.First.CompareTo(y.First));
        return result;
    }

    /// <summary>One shared empty list per match type, returned where nothing was found; callers only read it.</summary>
    private static class NoMatches<T>
    {
        public static readonly List<PhraseMatch<T>> List = [];
    }
}
