using System.Collections.Immutable;
using KzDiff.Core.Comparison;

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

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var sectionAnchors = new string[comparison.Sections.Length];
        var sentenceAnchors = new string?[comparison.Sections.Length][];
        for (var i = 0; i < comparison.Sections.Length; i++)
        {
            var change = comparison.Sections[i];
            sectionAnchors[i] = Anchors.Unique(Anchors.ForSection(change), taken);
            sentenceAnchors[i] = new string?[change.Sentences.Length];
            for (var j = 0; j < change.Sentences.Length; j++)
            {
                if (change.Sentences[j].Status != SentenceStatus.Unchanged)
                {
                    sentenceAnchors[i][j] = Anchors.Unique(Anchors.ForSentence(sectionAnchors[i], change.Sentences[j]), taken);
                }
            }
        }

        var moves = new MoveLinks(comparison, sectionAnchors, sentenceAnchors);
        var nav = new List<NavItem>(comparison.Sections.Length);
        var blocks = ImmutableArray.CreateBuilder<SectionBlock>();
        var shownChanges = 0;
        var matches = 0;
        for (var i = 0; i < comparison.Sections.Length; i++)
        {
            var change = comparison.Sections[i];
            var anchor = sectionAnchors[i];
            var badges = SectionBadges.For(change);
            var substantive = change.Sentences.Count(s => s.Status != SentenceStatus.Unchanged && s.Kind == ChangeKind.Substantive);
            // The base anchor (before de-duplication) selects every pair of a split or merge at once.
            var selected = section is null || anchor == section || Anchors.ForSection(change) == section
                || change.New?.Path == section || change.Old?.Path == section;
            var titleMatches = query is not null && TitleContains(change, query);
            var rows = selected ? BuildRows(change, sentenceAnchors[i], moves, filter, query, ref matches) : [];
            var shown = selected
                && (!filter.HidesUnchanged || badges.Length > 0)
                && (query is null || rows.Length > 0 || titleMatches)
                && (!filter.SubstantiveOnly || substantive > 0 || change.Status is SectionStatus.Added or SectionStatus.Removed || change.Renamed);
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
            }
        }

        return new ComparisonPageView(comparison, GroupNav(nav), blocks.ToImmutable(), shownChanges, matches);
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
        SectionChange change, string?[] anchors, MoveLinks moves, ComparePageFilter filter, string? query, ref int matches)
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
                sentence.Note));
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
