using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;

namespace KzDiff.Web.Pages.Compare;

/// <summary>Builds the <see cref="OutlineMap"/> of a comparison from its section pairs.</summary>
public static class OutlineMapBuilder
{
    /// <param name="comparison">The whole comparison (never a filtered view: the map is of the whole outline).</param>
    /// <param name="anchors">The comparison's anchors, so map links land on the blocks.</param>
    /// <param name="newOutline">
    /// Paths of the new edition in document order. The comparison lists sections in old order, so
    /// without it the new column follows that order (good enough for an outline that kept its shape).
    /// </param>
    public static OutlineMap Build(EditionComparison comparison, ComparisonAnchors anchors, ImmutableArray<string> newOutline = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(anchors);
        var sections = comparison.Sections;
        var byOld = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byNew = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var oldOrder = new List<string>();
        for (var i = 0; i < sections.Length; i++)
        {
            if (sections[i].Old is { } old)
            {
                if (!byOld.TryGetValue(old.Path, out var list))
                {
                    byOld[old.Path] = list = [];
                    oldOrder.Add(old.Path);
                }

                list.Add(i);
            }

            if (sections[i].New is { } @new)
            {
                if (!byNew.TryGetValue(@new.Path, out var list))
                {
                    byNew[@new.Path] = list = [];
                }

                list.Add(i);
            }
        }

        // The same new order as the page's outline and main pane.
        var newOrder = ReadingOrder.Of(comparison, newOutline).Where(entry => !entry.Removed).Select(entry => entry.Path).ToList();
        var newRank = newOrder.Select((path, rank) => (path, rank)).ToDictionary(x => x.path, x => x.rank, StringComparer.Ordinal);
        var oldRank = oldOrder.Select((path, rank) => (path, rank)).ToDictionary(x => x.path, x => x.rank, StringComparer.Ordinal);
        OutlineLink NewLink(SectionReference r) => new(SectionNames.Placed(r), anchors.Section(byNew[r.Path][0]));
        OutlineLink OldLink(SectionReference r) => new(SectionNames.Placed(r), anchors.Section(byOld[r.Path][0]));
        List<SectionReference> NewsOf(string oldPath) => [.. byOld[oldPath].Select(i => sections[i].New).OfType<SectionReference>()
            .DistinctBy(r => r.Path).OrderBy(r => newRank[r.Path])];
        List<SectionReference> OldsOf(string newPath) => [.. byNew[newPath].Select(i => sections[i].Old).OfType<SectionReference>()
            .DistinctBy(r => r.Path).OrderBy(r => oldRank[r.Path])];
        bool Renamed(List<int> pairs) => pairs.Any(i => sections[i].Renamed);

        int moved = 0, relocated = 0, added = 0, removed = 0, merges = 0, splits = 0;
        var oldEntries = new List<(string Path, OutlineEntry Entry)>(oldOrder.Count);
        foreach (var path in oldOrder)
        {
            var pairs = byOld[path];
            var reference = sections[pairs[0]].Old!;
            var news = NewsOf(path);
            (string? Fate, ImmutableArray<OutlineLink> Links) fate;
            if (news.Count == 0)
            {
                removed++;
                fate = ("removed", []);
            }
            else if (news.Count > 1)
            {
                splits++;
                fate = ("split into", [.. news.Select(NewLink)]);
            }
            else if (OldsOf(news[0].Path).Count > 1)
            {
                // Counted once, as a merge, on the new side.
                fate = ("merged into", [NewLink(news[0])]);
            }
            else if (news[0].Path != path)
            {
                moved++;
                if (Parent(news[0].Path) != Parent(path))
                {
                    relocated++;
                }

                fate = ("moved to", [NewLink(news[0])]);
            }
            else
            {
                fate = Renamed(pairs) ? ("renamed", [NewLink(news[0])]) : (null, []);
            }

            oldEntries.Add((path, new OutlineEntry(SectionNames.Brief(reference), anchors.Section(pairs[0]), ComparisonViewBuilder.Depth(path), fate.Fate, fate.Links, false)));
        }

        var newEntries = new List<(string Path, OutlineEntry Entry)>(newOrder.Count);
        foreach (var path in newOrder)
        {
            var pairs = byNew[path];
            var reference = sections[pairs[0]].New!;
            var olds = OldsOf(path);
            (string? Fate, ImmutableArray<OutlineLink> Links) fate;
            if (olds.Count == 0)
            {
                added++;
                fate = ("added", []);
            }
            else if (olds.Count > 1)
            {
                merges++;
                fate = ("merged from", [.. olds.Select(OldLink)]);
            }
            else if (NewsOf(olds[0].Path).Count > 1)
            {
                fate = ("split from", [OldLink(olds[0])]);
            }
            else if (olds[0].Path != path)
            {
                fate = ("from", [OldLink(olds[0])]);
            }
            else
            {
                fate = Renamed(pairs) ? ("renamed from", [OldLink(olds[0])]) : (null, []);
            }

            newEntries.Add((path, new OutlineEntry(SectionNames.Brief(reference), anchors.Section(pairs[0]), ComparisonViewBuilder.Depth(path), fate.Fate, fate.Links, false)));
        }

        return new OutlineMap(Fold(oldEntries), Fold(newEntries), moved, added, removed, merges, splits) { Relocated = relocated };
    }

    /// <summary>The parent of an outline path: "1.c" of "1.c/prison", "1" of "1.c", null for "1" or "executive-summary".</summary>
    public static string? Parent(string path) => ReadingOrder.Parent(path);

    /// <summary>
    /// Folds runs of sections nothing happened to, but keeps the parents of a changed section in
    /// sight, so a changed child never looks as if it belonged to the section above it.
    /// </summary>
    private static ImmutableArray<OutlineGroup> Fold(List<(string Path, OutlineEntry Entry)> entries)
    {
        // Folding one or two lines away hides more than it saves.
        const int ShortestFold = 3;
        var parentsOfChanged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, entry) in entries)
        {
            if (entry.Changed)
            {
                var parent = Parent(path);
                while (parent is not null && parentsOfChanged.Add(parent))
                {
                    parent = Parent(parent);
                }
            }
        }

        var groups = ImmutableArray.CreateBuilder<OutlineGroup>();
        var run = new List<OutlineEntry>();
        bool? folded = null;
        void Close()
        {
            if (folded is not null && run.Count > 0)
            {
                groups.Add(new OutlineGroup(folded.Value && run.Count >= ShortestFold, [.. run]));
                run.Clear();
            }
        }

        foreach (var (path, entry) in entries)
        {
            var context = !entry.Changed && parentsOfChanged.Contains(path);
            var hidden = !entry.Changed && !context;
            if (folded != hidden)
            {
                Close();
            }

            folded = hidden;
            run.Add(context ? entry with { Context = true } : entry);
        }

        Close();
        return groups.ToImmutable();
    }
}
