using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Rendering;

namespace KzDiff.Web.Pages.Compare;

/// <summary>Turns an engine comparison and the reader's filters into the rows the compare page renders.</summary>
public static class ComparisonViewBuilder
{
    /// <summary>Unchanged runs longer than this are folded behind a summary line.</summary>
    private const int LongestOpenRun = 2;

    public static ComparisonPageView Build(EditionComparison comparison, ComparePageFilter filter, SectionLineages? lineages = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(filter);
        var query = string.IsNullOrWhiteSpace(filter.Query) ? null : filter.Query.Trim();
        var section = string.IsNullOrWhiteSpace(filter.Section) ? null : filter.Section.Trim();

        var anchors = ComparisonAnchors.Assign(comparison);
        var scope = section is null ? null : SectionScope.Find(comparison, anchors, section);
        var moves = new MoveLinks(comparison, anchors);
        var ranked = new List<RankedRow>();
        var shownAnchors = new HashSet<string>(StringComparer.Ordinal);
        // The new edition's order, each merge once: the outline and the main pane read as the new report does.
        var order = ReadingOrder.Of(comparison, lineages?.NewOutline ?? default);
        var nav = new List<(NavItem Item, ReadingEntry Entry)>(order.Length);
        var blocks = ImmutableArray.CreateBuilder<SectionBlock>();
        var inScope = ImmutableArray.CreateBuilder<SectionChange>();
        var shownChanges = 0;
        var matches = 0;
        foreach (var entry in order)
        {
            var fate = FateOf(entry, comparison, anchors, order);
            var entryBadges = ImmutableArray.CreateBuilder<SectionBadge>();
            var entrySubstantive = 0;
            string? lead = null;
            foreach (var i in entry.Pairs)
            {
                var change = comparison.Sections[i];
                var anchor = anchors.Section(i);
                var badges = SectionBadges.For(change);
                foreach (var badge in badges)
                {
                    // A merge is told by its own badge; each part's "renamed" (it has the new title) would only repeat it.
                    if (!(entry.Merged && badge.Code == "renamed") && !entryBadges.Any(b => b.Code == badge.Code))
                    {
                        entryBadges.Add(badge);
                    }
                }

                var substantive = change.Sentences.Count(s => s.Status != SentenceStatus.Unchanged && s.Kind == ChangeKind.Substantive);
                entrySubstantive += substantive;
                // A section means the section with everything under it; an unknown one filters nothing (the page says so).
                var selected = scope is null || scope.Contains(change);
                if (selected)
                {
                    inScope.Add(change);
                }

                var titleMatches = query is not null && TitleContains(change, query);
                var rows = selected ? BuildRows(change, anchors.Sentences(i), moves, filter, query, ref matches) : [];
                var shown = selected
                    && (!filter.HidesUnchanged || badges.Length > 0)
                    && (query is null || rows.Length > 0 || titleMatches)
                    && (!filter.SubstantiveOnly || substantive > 0 || change.Status is SectionStatus.Added or SectionStatus.Removed || change.Renamed)
                    && (!filter.OnlyFlagged || rows.Length > 0 || (!change.Flags.IsEmpty && filter.Admits(change.Flags)));
                if (titleMatches && shown)
                {
                    matches++;
                }

                if (!shown)
                {
                    continue;
                }

                var first = lead is null;
                lead ??= anchor;
                shownChanges += rows.Count(r => r is ChangeRow);
                blocks.Add(new SectionBlock(anchor, entry.Depth, change, entry.Merged ? [.. badges.Where(b => b.Code != "renamed")] : badges, substantive, rows, LineageOf(change, lineages))
                {
                    // The title stands once, on the first part shown; the parts of a merge say which old section they were.
                    Lead = first,
                    Fate = first ? fate : null,
                    From = entry.Merged && change.Old is not null ? SectionNames.Placed(change.Old) : null,
                });
                shownAnchors.Add(anchor);
                foreach (var row in rows.OfType<ChangeRow>())
                {
                    shownAnchors.Add(row.Anchor);
                    if (filter.ByScore)
                    {
                        ranked.Add(new RankedRow(row, anchor, entry.Title, filter.ScoreOf(change.Sentences[row.Index])));
                    }
                }
            }

            var head = comparison.Sections[entry.Pairs[0]];
            var oldTitle = !entry.Merged && head.Renamed && head.Old is not null && head.New is not null ? head.Old.Title : null;
            var item = new NavItem(lead ?? anchors.Section(entry.Pairs[0]), entry.Title, oldTitle, entry.Depth, entryBadges.ToImmutable(), entrySubstantive, lead is not null)
            {
                Fate = fate,
            };
            nav.Add((item, entry));
        }

        var keyChanges = comparison.Summary.KeyChanges
            .Select(key =>
            {
                var id = anchors.For(key);
                return new KeyChangeLink(key, id, shownAnchors.Contains(id));
            })
            .ToImmutableArray();
        var scoped = inScope.ToImmutable();
        var (counts, flagged) = CountFlags(scoped);
        // A stable sort: equal scores keep document order.
        var byScore = filter.ByScore ? [.. ranked.OrderByDescending(r => r.Score)] : ImmutableArray<RankedRow>.Empty;
        return new ComparisonPageView(comparison, GroupNav(nav), blocks.ToImmutable(), shownChanges, matches, keyChanges, byScore, counts, flagged)
        {
            Statistics = scope is null ? comparison.Statistics : ComparisonStatistics.Of(scoped),
            SectionsInScope = scoped.Length,
            SectionsChanged = scoped.Count(change => SectionBadges.For(change).Length > 0),
            Scope = scope?.Name,
            UnknownSection = section is not null && scope is null ? section : null,
            Outline = OutlineMapBuilder.Build(comparison, anchors, lineages?.NewOutline ?? []),
        };
    }

    /// <summary>Changed sentences and sections with a flag of each kind, and with any flag.</summary>
    private static (ImmutableDictionary<FlagKind, int> ByKind, int Any) CountFlags(ImmutableArray<SectionChange> sections)
    {
        var counts = Enum.GetValues<FlagKind>().ToDictionary(kind => kind, _ => 0);
        var any = 0;
        foreach (var flags in sections.SelectMany(s => s.Sentences.Select(row => row.Flags).Prepend(s.Flags)))
        {
            any += flags.IsEmpty ? 0 : 1;
            foreach (var kind in flags.Select(flag => flag.Kind).Distinct())
            {
                counts[kind]++;
            }
        }

        return (counts.ToImmutableDictionary(), any);
    }

    /// <summary>Outline depth from a path such as "1.c/prison-conditions/physical-conditions" (depth 3).</summary>
    public static int Depth(string path) => ReadingOrder.Depth(path);

    /// <summary>
    /// What the entry says of itself once: the old parts of a merge (linked to their rows below),
    /// where a removed section's text went, the old place of a moved or split section.
    /// </summary>
    private static SectionFate? FateOf(ReadingEntry entry, EditionComparison comparison, ComparisonAnchors anchors, ImmutableArray<ReadingEntry> order)
    {
        if (entry.Removed)
        {
            // "Removed" is the section's badge already; where its text went is news.
            return entry.WentTo.IsEmpty
                ? null
                : new SectionFate("its text went to", [.. entry.WentTo.Select(to => new FateSection(SectionNames.Placed(to), AnchorOfNew(to.Path)))]);
        }

        if (entry.Merged)
        {
            return new SectionFate("merged from", [.. entry.Olds.Select(old => new FateSection(
                SectionNames.Placed(old), anchors.Section(entry.Pairs.First(i => comparison.Sections[i].Old?.Path == old.Path))))]);
        }

        if (entry.SplitFrom)
        {
            return new SectionFate("split from", [new FateSection(SectionNames.Placed(entry.Olds[0]), null)]);
        }

        return entry.MovedFrom ? new SectionFate("from", [new FateSection(SectionNames.Placed(entry.Olds[0]), null)]) : null;

        string? AnchorOfNew(string path) =>
            order.FirstOrDefault(e => !e.Removed && e.Path == path) is { } target ? anchors.Section(target.Pairs[0]) : null;
    }

    private static ImmutableArray<ComparisonRow> BuildRows(
        SectionChange change, IReadOnlyList<string?> anchors, MoveLinks moves, ComparePageFilter filter, string? query, ref int matches)
    {
        var rows = ImmutableArray.CreateBuilder<ComparisonRow>();
        var run = new List<ImmutableArray<TextPiece>>();
        var first = 0;
        var last = 0;
        void FlushRun()
        {
            if (run.Count > 0)
            {
                rows.Add(new UnchangedRun([.. run], query is null && run.Count > LongestOpenRun, first, last));
                run.Clear();
            }
        }

        for (var j = 0; j < change.Sentences.Length; j++)
        {
            var sentence = change.Sentences[j];
            if (sentence.Status == SentenceStatus.Unchanged)
            {
                var text = sentence.New ?? sentence.Old ?? "";
                if (filter.HidesUnchanged || (query is not null && !Contains(text, query)))
                {
                    continue;
                }

                if (query is not null)
                {
                    matches++;
                }

                if (run.Count == 0)
                {
                    first = j;
                }

                last = j;
                run.Add(Highlight(text, PieceStyle.Plain, query));
                continue;
            }

            if (filter.SubstantiveOnly && (sentence.Kind is ChangeKind.Routine or ChangeKind.Formatting || sentence.Template is not null))
            {
                continue;
            }

            if (!filter.Admits(sentence.Flags))
            {
                continue;
            }

            if (query is not null && !Contains(sentence.Old, query) && !Contains(sentence.New, query))
            {
                continue;
            }

            if (query is not null)
            {
                matches++;
            }

            FlushRun();
            var (oldPieces, newPieces) = SentencePieces.For(sentence, query);
            rows.Add(new ChangeRow(anchors[j]!, sentence.Status, sentence.Kind, oldPieces, newPieces, moves.For(sentence), sentence.Note, sentence.Flags, j));
        }

        FlushRun();
        return rows.ToImmutable();
    }

    private static ImmutableArray<TextPiece> Highlight(string text, PieceStyle style, string? query) =>
        SentencePieces.Split(text, style, query);

    private static bool Contains(string? text, string query) =>
        text is not null && text.Contains(query, StringComparison.OrdinalIgnoreCase);

    private static bool TitleContains(SectionChange change, string query) =>
        Contains(change.Old?.Title, query) || Contains(change.New?.Title, query);

    private static string? LineageOf(SectionChange change, SectionLineages? lineages)
    {
        if (lineages is null)
        {
            return null;
        }

        if (change.New is not null && lineages.ByNewPath.TryGetValue(change.New.Path, out var id))
        {
            return id;
        }

        return change.Old is not null && lineages.ByOldPath.TryGetValue(change.Old.Path, out var oldId) ? oldId : null;
    }

    /// <summary>
    /// Folds runs of unchanged sections, but never a parent of a changed section; and when a
    /// changed section comes after something that is not its parent (a removed subsection placed
    /// after its neighbour's subsections), its parent is repeated above it as context, so it never
    /// reads as a child of the section before.
    /// </summary>
    private static ImmutableArray<NavGroup> GroupNav(List<(NavItem Item, ReadingEntry Entry)> entries)
    {
        NavItem? ParentOf(ReadingEntry entry) => entry.Parent >= 0 ? entries[entry.Parent].Item : null;

        var context = new HashSet<NavItem>(ReferenceEqualityComparer.Instance);
        foreach (var (item, entry) in entries)
        {
            if (item.Badges.Length > 0)
            {
                // Every ancestor stays in sight, not only the nearest: a folded grandparent would orphan the parent.
                for (var parent = entry.Parent; parent >= 0 && context.Add(entries[parent].Item); parent = entries[parent].Entry.Parent)
                {
                }
            }
        }

        var groups = ImmutableArray.CreateBuilder<NavGroup>();
        var current = new List<NavItem>();
        var lastAtDepth = new Dictionary<int, NavItem>();
        bool? folded = null;
        void Add(NavItem item, bool fold)
        {
            if (folded is not null && folded != fold)
            {
                groups.Add(new NavGroup(folded.Value, [.. current]));
                current.Clear();
            }

            folded = fold;
            current.Add(item);
            lastAtDepth[item.Depth] = item;
        }

        foreach (var (item, entry) in entries)
        {
            var unchanged = item.Badges.Length == 0;
            if (!unchanged && ParentOf(entry) is { } parent
                && (!lastAtDepth.TryGetValue(parent.Depth, out var last) || !ReferenceEquals(last, parent)))
            {
                Add(parent with { Context = true, Fate = null }, false);
                lastAtDepth[parent.Depth] = parent;
            }

            Add(item, unchanged && !context.Contains(item));
            if (context.Contains(item))
            {
                current[^1] = item with { Context = unchanged };
            }
        }

        if (folded is not null)
        {
            groups.Add(new NavGroup(folded.Value, [.. current]));
        }

        return groups.ToImmutable();
    }
}
