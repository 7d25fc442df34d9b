namespace KzDiff.Core.Comparison.Flags;

/// <summary>Multiset comparison of phrase matches on the two sides of a row, by a key.</summary>
internal static class MatchCounts
{
    /// <summary>The matches of <paramref name="side"/> beyond the number the other side has of the same key, touched ones first.</summary>
    public static List<PhraseMatch<T>> Surplus<T>(List<PhraseMatch<T>> side, List<PhraseMatch<T>> other, Func<T, string> key, Func<PhraseMatch<T>, bool> touched)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in other)
        {
            var k = key(m.Value);
            counts[k] = counts.GetValueOrDefault(k) - 1;
        }

        foreach (var m in side)
        {
            var k = key(m.Value);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        var result = new List<PhraseMatch<T>>();
        foreach (var group in side.GroupBy(m => key(m.Value)))
        {
            var surplus = counts[group.Key];
            if (surplus > 0)
            {
                result.AddRange(group.OrderByDescending(touched).Take(surplus));
            }
        }

        result.Sort(static (a, b) => a.First.CompareTo(b.First));
        return result;
    }
}
