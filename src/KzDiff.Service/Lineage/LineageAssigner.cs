using KzDiff.Core.Editions;

namespace KzDiff.Service.Lineage;

/// <summary>
/// Gives every section of a new edition a lineage id: the id of its counterpart in the previous stored
/// edition of the country, failing that in the next one (editions may be imported in any order),
/// failing that a fresh id. Each id is used once per edition, by the first (best) pair claiming it.
/// </summary>
public sealed class LineageAssigner(ISectionAligner aligner)
{
    public IReadOnlyDictionary<string, string> Assign(Edition edition, NeighbourEdition? previous, NeighbourEdition? next)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);

        if (previous is not null)
        {
            foreach (var (olderPath, newerPath) in aligner.Align(previous.Edition, edition))
            {
                Inherit(newerPath, previous.LineageByPath.GetValueOrDefault(olderPath));
            }
        }

        if (next is not null)
        {
            foreach (var (olderPath, newerPath) in aligner.Align(edition, next.Edition))
            {
                Inherit(olderPath, next.LineageByPath.GetValueOrDefault(newerPath));
            }
        }

        foreach (var node in edition.Root.DescendantsAndSelf())
        {
            if (!result.ContainsKey(node.Path))
            {
                result[node.Path] = LineageIds.New();
            }
        }

        return result;

        void Inherit(string path, string? lineage)
        {
            if (lineage is not null && !result.ContainsKey(path) && used.Add(lineage))
            {
                result[path] = lineage;
            }
        }
    }
}
