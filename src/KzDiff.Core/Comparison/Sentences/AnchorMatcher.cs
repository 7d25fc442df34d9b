namespace KzDiff.Core.Comparison.Sentences;

/// <summary>
/// Patience-style matching of two hash sequences: common prefix and suffix, then hashes that
/// occur exactly once on each side kept in a longest increasing run, recursing between them.
/// O(n log n) on the long unchanged stretches that make up most of an edition.
/// </summary>
internal static class AnchorMatcher
{
    /// <summary>Below this product a gap without unique anchors gets an exact LCS.</summary>
    private const int MaxLcsCells = 4096;

    private const int MaxDepth = 48;

    public static void Match(ulong[] a, ulong[] b, List<(int A, int B)> matches)
    {
        Match(a, 0, a.Length, b, 0, b.Length, matches, 0);
    }

    private static void Match(ulong[] a, int aStart, int aEnd, ulong[] b, int bStart, int bEnd, List<(int A, int B)> matches, int depth)
    {
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart])
        {
            matches.Add((aStart++, bStart++));
        }

        var suffix = 0;
        while (aStart < aEnd - suffix && bStart < bEnd - suffix && a[aEnd - 1 - suffix] == b[bEnd - 1 - suffix])
        {
            suffix++;
        }

        var innerAEnd = aEnd - suffix;
        var innerBEnd = bEnd - suffix;
        if (aStart < innerAEnd && bStart < innerBEnd && depth < MaxDepth)
        {
            var anchors = UniqueAnchors(a, aStart, innerAEnd, b, bStart, innerBEnd);
            if (anchors.Count > 0)
            {
                int pa = aStart, pb = bStart;
                foreach (var (x, y) in anchors)
                {
                    Match(a, pa, x, b, pb, y, matches, depth + 1);
                    matches.Add((x, y));
                    pa = x + 1;
                    pb = y + 1;
                }

                Match(a, pa, innerAEnd, b, pb, innerBEnd, matches, depth + 1);
            }
            else if ((long)(innerAEnd - aStart) * (innerBEnd - bStart) <= MaxLcsCells)
            {
                Lcs(a, aStart, innerAEnd, b, bStart, innerBEnd, matches);
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            matches.Add((innerAEnd + k, innerBEnd + k));
        }
    }

    private static List<(int A, int B)> UniqueAnchors(ulong[] a, int aStart, int aEnd, ulong[] b, int bStart, int bEnd)
    {
        var counts = new Dictionary<ulong, (int CountA, int IndexA, int CountB, int IndexB)>(aEnd - aStart);
        for (var i = aStart; i < aEnd; i++)
        {
            counts.TryGetValue(a[i], out var c);
            counts[a[i]] = (c.CountA + 1, i, c.CountB, c.IndexB);
        }

        for (var j = bStart; j < bEnd; j++)
        {
            if (counts.TryGetValue(b[j], out var c))
            {
                counts[b[j]] = (c.CountA, c.IndexA, c.CountB + 1, j);
            }
        }

        var pairs = new List<(int A, int B)>();
        for (var i = aStart; i < aEnd; i++)
        {
            var c = counts[a[i]];
            if (c.CountA == 1 && c.CountB == 1)
            {
                pairs.Add((i, c.IndexB));
            }
        }

        return LongestIncreasing(pairs);
    }

    /// <summary>Patience sorting: longest run of pairs increasing in B, pairs already sorted by A.</summary>
    private static List<(int A, int B)> LongestIncreasing(List<(int A, int B)> pairs)
    {
        var tails = new List<int>();
        var previous = new int[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (pairs[tails[mid]].B < pairs[i].B)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[lo] = i;
            }
        }

        var result = new List<(int A, int B)>(tails.Count);
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            result.Add(pairs[i]);
        }

        result.Reverse();
        return result;
    }

    private static void Lcs(ulong[] a, int aStart, int aEnd, ulong[] b, int bStart, int bEnd, List<(int A, int B)> matches)
    {
        int n = aEnd - aStart, m = bEnd - bStart;
        var table = new int[(n + 1) * (m + 1)];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[(i * (m + 1)) + j] = a[aStart + i] == b[bStart + j]
                    ? table[((i + 1) * (m + 1)) + j + 1] + 1
                    : Math.Max(table[((i + 1) * (m + 1)) + j], table[(i * (m + 1)) + j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[aStart + x] == b[bStart + y])
            {
                matches.Add((aStart + x++, bStart + y++));
            }
            else if (table[((x + 1) * (m + 1)) + y] >= table[(x * (m + 1)) + y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }
    }
}
