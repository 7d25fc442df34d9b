using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// The sections of a comparison in the order of the new edition's outline. The engine lists its
/// pairs in old document order, one per aligned pair; a reader reads the new report, so the page
/// (outline and main pane) follows the new outline, tells a merge once on the section it made,
/// and shows each removed section where it stood among its old neighbours.
/// </summary>
public static class ReadingOrder
{
    /// <param name="comparison">The whole comparison (its pair indices are what the entries hold).</param>
    /// <param name="newOutline">
    /// The new edition's section paths in document order, when known (the store lists them). Without
    /// it the order is read from the paths' numbers and, within a section, from the engine's order.
    /// </param>
    public static ImmutableArray<ReadingEntry> Of(EditionComparison comparison, ImmutableArray<string> newOutline = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sections = comparison.Sections;
        var byNew = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byOld = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var newSeen = new List<string>();
        var oldOrder = new List<string>();
        for (var i = 0; i < sections.Length; i++)
        {
            if (sections[i].New is { } created)
            {
                if (!byNew.TryGetValue(created.Path, out var list))
                {
                    byNew[created.Path] = list = [];
                    newSeen.Add(created.Path);
                }

                list.Add(i);
            }

            if (sections[i].Old is { } old)
            {
                if (!byOld.TryGetValue(old.Path, out var list))
                {
                    byOld[old.Path] = list = [];
                    oldOrder.Add(old.Path);
                }

                list.Add(i);
            }
        }

        var newOrder = NewOrder(newSeen, byNew, newOutline);
        var slots = new List<Slot>(newOrder.Count + 8);
        var byNewPath = new Dictionary<string, Slot>(StringComparer.Ordinal);
        foreach (var path in newOrder)
        {
            var slot = new Slot(path, Depth(path), [.. byNew[path]], removed: false);
            slots.Add(slot);
            byNewPath[path] = slot;
        }

        foreach (var slot in slots)
        {
            for (var parent = Parent(slot.Path); parent is not null && slot.Parent is null; parent = Parent(parent))
            {
                slot.Parent = byNewPath.GetValueOrDefault(parent);
            }
        }

        // Where each old section now stands (the first of its new sections for a split); removed ones join as they are placed.
        var placed = new Dictionary<string, Slot>(StringComparer.Ordinal);
        foreach (var slot in slots)
        {
            foreach (var i in slot.Pairs)
            {
                if (sections[i].Old is { } old)
                {
                    placed.TryAdd(old.Path, slot);
                }
            }
        }

        for (var k = 0; k < oldOrder.Count; k++)
        {
            var path = oldOrder[k];
            var removed = byOld[path].Where(i => sections[i].New is null).ToList();
            if (removed.Count == 0)
            {
                continue;
            }

            // Under the new place of its old parent (or a further ancestor), wherever that went.
            Slot? home = null;
            var depth = Depth(path);
            for (var parent = Parent(path); parent is not null; parent = Parent(parent))
            {
                if (placed.TryGetValue(parent, out home))
                {
                    depth = home.Depth + Depth(path) - Depth(parent);
                    break;
                }
            }

            var slot = new Slot(path, depth, removed, removed: true) { Parent = home };
            slots.Insert(PlaceRemoved(slots, placed, oldOrder, k, home), slot);
            placed.TryAdd(path, slot);
        }

        return Entries(comparison, slots, byNew, byOld);
    }

    /// <summary>Outline depth from a path such as "1.c/prison-conditions/physical-conditions" (depth 3).</summary>
    public static int Depth(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return 0;
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var head = slash < 0 ? path : path[..slash];
        return path.Count(c => c == '/') + (head.Contains('.', StringComparison.Ordinal) ? 1 : 0);
    }

    /// <summary>The parent of an outline path: "1.c" of "1.c/prison", "1" of "1.c", null for "1" or "executive-summary".</summary>
    public static string? Parent(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slash = path.LastIndexOf('/');
        if (slash >= 0)
        {
            return path[..slash];
        }

        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? path[..dot] : null;
    }

    /// <summary>
    /// Where a removed old section goes: under <paramref name="home"/> (its old parent's new place),
    /// after the nearest old section before it that now stands there too, and after everything
    /// under that one (right under it when it is an ancestor), so that nothing of another section's
    /// new subtree reads as a child of the removed section; first under its home when no old
    /// neighbour stands there.
    /// </summary>
    private static int PlaceRemoved(List<Slot> slots, Dictionary<string, Slot> placed, List<string> oldOrder, int k, Slot? home)
    {
        var path = oldOrder[k];
        for (var before = k - 1; before >= 0; before--)
        {
            if (!placed.TryGetValue(oldOrder[before], out var neighbour))
            {
                continue;
            }

            if (ReferenceEquals(neighbour, home) || (home is not null && IsAncestor(oldOrder[before], path)))
            {
                return slots.IndexOf(home!) + 1;
            }

            // The neighbour's branch under the home: the whole of it stays together.
            var branch = neighbour;
            while (branch.Parent is not null && !ReferenceEquals(branch.Parent, home))
            {
                branch = branch.Parent;
            }

            if (!ReferenceEquals(branch.Parent, home))
            {
                continue;
            }

            return SubtreeEnd(slots, slots.IndexOf(branch));
        }

        if (home is not null)
        {
            return slots.IndexOf(home) + 1;
        }

        // Nothing placed before it (it was the first section): before its next placed old neighbour's top section.
        for (var after = k + 1; after < oldOrder.Count; after++)
        {
            if (placed.TryGetValue(oldOrder[after], out var neighbour))
            {
                while (neighbour.Parent is not null)
                {
                    neighbour = neighbour.Parent;
                }

                return slots.IndexOf(neighbour);
            }
        }

        return 0;
    }

    /// <summary>Index just past the slot at <paramref name="at"/> and everything under it.</summary>
    private static int SubtreeEnd(List<Slot> slots, int at)
    {
        var end = at + 1;
        while (end < slots.Count && Under(slots[end], slots[at]))
        {
            end++;
        }

        return end;
    }

    private static bool Under(Slot slot, Slot ancestor)
    {
        for (var parent = slot.Parent; parent is not null; parent = parent.Parent)
        {
            if (ReferenceEquals(parent, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAncestor(string ancestor, string path)
    {
        for (var parent = Parent(path); parent is not null; parent = Parent(parent))
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<ReadingEntry> Entries(
        EditionComparison comparison, List<Slot> slots, Dictionary<string, List<int>> byNew, Dictionary<string, List<int>> byOld)
    {
        var sections = comparison.Sections;
        var index = new Dictionary<Slot, int>(ReferenceEqualityComparer.Instance);
        for (var n = 0; n < slots.Count; n++)
        {
            index[slots[n]] = n;
        }

        var newRank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var slot in slots.Where(slot => !slot.Removed))
        {
            newRank[slot.Path] = index[slot];
        }

        int ParentOf(Slot slot) => slot.Parent is null ? -1 : index[slot.Parent];

        var entries = ImmutableArray.CreateBuilder<ReadingEntry>(slots.Count);
        foreach (var slot in slots)
        {
            var first = sections[slot.Pairs[0]];
            var olds = slot.Pairs.Select(i => sections[i].Old).OfType<SectionReference>().DistinctBy(r => r.Path).ToImmutableArray();
            var split = olds.Length == 1 && byOld[olds[0].Path].Select(i => sections[i].New?.Path).OfType<string>().Distinct(StringComparer.Ordinal).Count() > 1;
            var wentTo = slot.Removed
                ? [.. slot.Pairs.SelectMany(i => sections[i].Sentences).Select(s => s.MovedTo).OfType<string>()
                    .Where(newRank.ContainsKey).Distinct(StringComparer.Ordinal).OrderBy(p => newRank[p])
                    .Select(p => sections[byNew[p][0]].New!)]
                : ImmutableArray<SectionReference>.Empty;
            entries.Add(new ReadingEntry(slot.Path, slot.Depth, ParentOf(slot), [.. slot.Pairs], first.New, olds, split, wentTo));
        }

        return entries.MoveToImmutable();
    }

    private static List<string> NewOrder(List<string> seen, Dictionary<string, List<int>> byNew, ImmutableArray<string> outline)
    {
        var derived = Derived(seen);
        if (outline.IsDefaultOrEmpty)
        {
            return derived;
        }

        var ordered = outline.Where(byNew.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var listed = ordered.ToHashSet(StringComparer.Ordinal);
        // A section the store did not list (an older import) goes after the one it follows in the derived order.
        for (var k = 0; k < derived.Count; k++)
        {
            if (listed.Contains(derived[k]))
            {
                continue;
            }

            var after = derived.Take(k).LastOrDefault(listed.Contains);
            ordered.Insert(after is null ? 0 : ordered.IndexOf(after) + 1, derived[k]);
            listed.Add(derived[k]);
        }

        return ordered;
    }

    /// <summary>
    /// The new order as the paths tell it: numbered sections by number and letter, an unnumbered
    /// one (the executive summary) where the engine met it, and within a section the engine's order.
    /// </summary>
    private static List<string> Derived(List<string> seen)
    {
        var keyed = new List<(int Major, string Minor, int Head, int Seen, string Path)>(seen.Count);
        var heads = new Dictionary<string, int>(StringComparer.Ordinal);
        (int Major, string Minor) last = (-1, "");
        for (var k = 0; k < seen.Count; k++)
        {
            var path = seen[k];
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var head = slash < 0 ? path : path[..slash];
            if (!heads.TryGetValue(head, out var headRank))
            {
                heads[head] = headRank = heads.Count;
            }

            var key = last;
            var dot = head.IndexOf('.', StringComparison.Ordinal);
            if (int.TryParse(dot < 0 ? head : head[..dot], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major))
            {
                key = (major, dot < 0 ? "" : head[(dot + 1)..]);
                last = key;
            }

            // A section before its sub-headings, whatever order the engine met them in.
            keyed.Add((key.Major, key.Minor, headRank, slash < 0 ? -1 : k, path));
        }

        return [.. keyed.OrderBy(x => x.Major).ThenBy(x => x.Minor.Length).ThenBy(x => x.Minor, StringComparer.Ordinal)
            .ThenBy(x => x.Head).ThenBy(x => x.Seen).Select(x => x.Path)];
    }

    /// <summary>A place in the order being built: one new section (with every pair ending in it) or one removed old section.</summary>
    private sealed class Slot(string path, int depth, List<int> pairs, bool removed)
    {
        public string Path { get; } = path;

        public int Depth { get; } = depth;

        public List<int> Pairs { get; } = pairs;

        public bool Removed { get; } = removed;

        /// <summary>The slot it sits under: its new parent, or for a removed section its old parent's new place.</summary>
        public Slot? Parent { get; set; }
    }
}
