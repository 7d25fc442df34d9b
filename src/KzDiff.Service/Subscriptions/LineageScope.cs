using KzDiff.Service.Storage;

namespace KzDiff.Service.Subscriptions;

/// <summary>
/// The lineage ids of a section path and of its ancestors, in both editions of a comparison. The
/// ids were given at import by the section alignment, so a section keeps its id through renames and
/// moves: a subscription to a lineage follows the section under whatever title it has now.
/// </summary>
internal sealed class LineageScope
{
    private readonly Dictionary<string, HashSet<string>> older;
    private readonly Dictionary<string, HashSet<string>> newer;

    private LineageScope(Dictionary<string, HashSet<string>> older, Dictionary<string, HashSet<string>> newer)
    {
        this.older = older;
        this.newer = newer;
    }

    /// <summary>From the stored sections of the older and the newer edition.</summary>
    public static LineageScope Of(IEnumerable<SectionRecord> olderSections, IEnumerable<SectionRecord> newerSections) =>
        new(ByPath(olderSections), ByPath(newerSections));

    public bool Covers(string? oldPath, string? newPath, IReadOnlySet<string> lineages) =>
        (oldPath is not null && older.TryGetValue(oldPath, out var a) && a.Overlaps(lineages))
        || (newPath is not null && newer.TryGetValue(newPath, out var b) && b.Overlaps(lineages));

    /// <summary>The lineage ids of a path of the newer edition and its ancestors (empty when unknown).</summary>
    public IReadOnlySet<string> OfNewer(string path) => newer.TryGetValue(path, out var set) ? set : [];

    /// <summary>The lineage ids of a path of the older edition and its ancestors (empty when unknown).</summary>
    public IReadOnlySet<string> OfOlder(string path) => older.TryGetValue(path, out var set) ? set : [];

    private static Dictionary<string, HashSet<string>> ByPath(IEnumerable<SectionRecord> sections)
    {
        // Rows come in document order with their depth: the open ancestors are a stack.
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var stack = new List<SectionRecord>();
        foreach (var section in sections.OrderBy(s => s.Ordinal))
        {
            while (stack.Count > 0 && stack[^1].Depth >= section.Depth)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            stack.Add(section);
            var set = new HashSet<string>(stack.Select(s => s.LineageId), StringComparer.Ordinal);
            result.TryAdd(section.Path, set);
        }

        return result;
    }
}
