using KzDiff.Core.Editions;

namespace KzDiff.Service.Lineage;

/// <summary>
/// Pairs sections by normalised title, then by path (a relettered or renamed subsection keeps its
/// number). Cheap and predictable; used when the engine cannot align a pair.
/// </summary>
public sealed class TitleSectionAligner : ISectionAligner
{
    public IReadOnlyList<(string OlderPath, string NewerPath)> Align(Edition older, Edition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var oldNodes = older.Root.DescendantsAndSelf().ToList();
        var newNodes = newer.Root.DescendantsAndSelf().ToList();
        var usedOld = new HashSet<string>(StringComparer.Ordinal);
        var usedNew = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<(string, string)>();

        void Pair(Func<SectionNode, SectionNode, bool> match)
        {
            foreach (var n in newNodes)
            {
                if (usedNew.Contains(n.Path))
                {
                    continue;
                }

                var o = oldNodes.FirstOrDefault(o => !usedOld.Contains(o.Path) && match(o, n));
                if (o is not null)
                {
                    usedOld.Add(o.Path);
                    usedNew.Add(n.Path);
                    pairs.Add((o.Path, n.Path));
                }
            }
        }

        Pair((o, n) => o.Level == n.Level && o.Key == n.Key && o.Path == n.Path);
        Pair((o, n) => o.Key.Length > 0 && o.Key == n.Key);
        Pair((o, n) => o.Level == n.Level && o.Path == n.Path);
        return pairs;
    }
}
