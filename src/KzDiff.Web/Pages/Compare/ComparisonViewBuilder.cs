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
        var moves = new MoveLinks(comparison, anchors);
        var ranked = new List<RankedRow>();
        var shownAnchors = new HashSet<string>(StringComparer.Ordinal);
        var nav = new List<NavItem>(comparison.Sections.Length);
        var blocks = ImmutableArray.CreateBuilder<SectionBlock>();
        var shownChanges = 0;
        var matches = 0;
        for (var i = 0; i < comparison.Sections.Length; i++)
        {
            var change = comparison.Sections[i];
            var anchor = anchors.Section(i);
            var badges = SectionBadges.For(change);
            var substantive = change.Sentences.Count(s => s.Status != SentenceStatus.Unchanged && s.Kind == ChangeKind.Substantive);
            // The base anchor (before de-duplication) selects every pair of a split or merge at once.
            var selected = section is null || anchor == section || Anchors.ForSection(change) == section
                || change.New?.Path == section || change.Old?.Path == section;
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

            var title = change.New?.Title ?? change.Old?.Title ?? "";
            var oldTitle = change.Renamed && change.Old is not null && change.New is not null ? change.Old.Title : null;
            nav.Add(new NavItem(anchor, title, oldTitle, Depth(change.New?.Path ?? change.Old?.Path ?? ""), badges, substantive, shown));
            if (shown)
            {
                shownChanges += rows.Count(r => r is ChangeRow);
                blocks.Add(new SectionBlock(anchor, nav[^1].Depth, change, badges, substantive, rows, LineageOf(change, lineages)));
                shownAnchors.Add(anchor);
                foreach (var row in rows.OfType<ChangeRow>())
                {
                    shownAnchors.Add(row.Anchor);
                    if (filter.ByScore)
                    {
                        ranked.Add(new RankedRow(row, anchor, title, filter.ScoreOf(change.Sentences[row.Index])));
                    }
                }
            }
        }

        var keyChanges = comparison.Summary.KeyChanges
            .Select(key =>
            {
                var id = anchors.For(key);
                return new KeyChangeLink(key, id, shownAnchors.Contains(id));
            })
            .ToImmutableArray();
        var (counts, flagged) = CountFlags(comparison);
        // A stable sort: equal scores keep document order.
        var order = filter.ByScore ? [.. ranked.OrderByDescending(r => r.Score)] : ImmutableArray<RankedRow>.Empty;
        return new ComparisonPageView(comparison, GroupNav(nav), blocks.ToImmutable(), shownChanges, matches, keyChanges, order, counts, flagged);
    }

    /// <summary>Changed sentences and sections with a flag of each kind, and with any flag.</summary>
    private static (ImmutableDictionary<FlagKind, int> ByKind, int Any) CountFlags(EditionComparison comparison)
    {
        var counts = Enum.GetValues<FlagKind>().ToDictionary(kind => kind, _ => 0);
        var any = 0;
        foreach (var flags in comparison.Sections.SelectMany(s => s.Sentences.Select(row => row.Flags).Prepend(s.Flags)))
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

    private static ImmutableArray<ComparisonRow> BuildRows(
        SectionChange change, IReadOnlyList<string?> anchors, MoveLinks moves, ComparePageFilter filter, string? query, ref int matches)
    {
        var rows = ImmutableArray.CreateBuilder<ComparisonRow>();
        var run = new List<ImmutableArray<TextPiece>>();
        void FlushRun()
        {
            if (run.Count > 0)
            {
                rows.Add(new UnchangedRun([.. run], query is null && run.Count > LongestOpenRun));
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
            rows.Add(new ChangeRow(
                anchors[j]!,
                sentence.Status,
                sentence.Kind,
                oldPieces,
                newPieces,
                moves.OldSectionName(sentence.MovedFrom),
                moves.NewSectionName(sentence.MovedTo),
                moves.OtherEnd(sentence),
                sentence.Note,
                sentence.Flags,
                j));
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

    private static ImmutableArray<NavGroup> GroupNav(List<NavItem> items)
    {
        var groups = ImmutableArray.CreateBuilder<NavGroup>();
        var current = new List<NavItem>();
        bool? folded = null;
        foreach (var item in items)
        {
            var unchanged = item.Badges.Length == 0;
            if (folded is not null && folded != unchanged)
            {
                groups.Add(new NavGroup(folded.Value, [.. current]));
                current.Clear();
            }

            folded = unchanged;
            current.Add(item);
        }

        if (folded is not null)
        {
            groups.Add(new NavGroup(folded.Value, [.. current]));
        }

        return groups.ToImmutable();
    }
}
