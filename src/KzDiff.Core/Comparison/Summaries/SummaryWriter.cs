using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Comparison.Summaries;

/// <summary>
/// Writes a comparison's summary from what the engine already computed: the two outlines, the
/// section changes, the flags and their tally. Plain sentences a reader can take in at a glance.
/// </summary>
internal static class SummaryWriter
{
    public const int MaxKeyChanges = 20;
    private const int MaxNamed = 3;

    /// <param name="older">The older edition.</param>
    /// <param name="newer">The newer edition.</param>
    /// <param name="sections">The comparison's sections.</param>
    /// <param name="changedWords">Per section, the words its substantive rows added or removed, as the statistics counted them (<see cref="StatisticsCounter.Count(ImmutableArray{SectionChange}, Span{int})"/>).</param>
    /// <param name="tally">The flags' tally, or null when flags are off.</param>
    public static ComparisonSummary Write(Edition older, Edition newer, ImmutableArray<SectionChange> sections, int[] changedWords, FlagTally? tally)
    {
        var text = new StringBuilder();
        Outline(older, newer, text);
        RemovedAndAdded(sections, text);
        Rewrites(sections, changedWords, text);
        if (tally is not null)
        {
            Totals(tally, newer.Metadata.Year, text);
        }

        return new ComparisonSummary(text.ToString().Trim(), KeyChanges(sections));
    }

    private static void Outline(Edition older, Edition newer, StringBuilder text)
    {
        var before = CountSections(older.Root);
        var after = CountSections(newer.Root);
        var year = newer.Metadata.Year.ToString(CultureInfo.InvariantCulture);
        text.Append(before == after
            ? $"The {year} report has {Plural(after, "section")}, as before. "
            : $"The {year} report has {Plural(after, "section")} instead of {before}. ");
    }

    private static int CountSections(SectionNode root) => root.DescendantsAndSelf().Count(static n => n.Level == SectionLevel.Section);

    private static void RemovedAndAdded(ImmutableArray<SectionChange> sections, StringBuilder text)
    {
        var removed = sections.Where(static s => s.Status == SectionStatus.Removed && s.Old is not null && !IsRoot(s.Old)).ToList();
        var added = sections.Where(static s => s.Status == SectionStatus.Added && s.New is not null && !IsRoot(s.New)).ToList();
        var parts = new List<string>();
        if (removed.Count > 0)
        {
            parts.Add($"{Headings(removed.Select(static s => s.Old!))} {(removed.Count == 1 ? "was" : "were")} removed, {Named(removed, static s => s.Old!.Title)}");
        }

        if (added.Count > 0)
        {
            parts.Add($"{Headings(added.Select(static s => s.New!))} {(added.Count == 1 ? "was" : "were")} added, {Named(added, static s => s.New!.Title)}");
        }

        if (parts.Count > 0)
        {
            text.Append(Capitalise(string.Join("; ", parts))).Append(". ");
        }
    }

    private static void Rewrites(ImmutableArray<SectionChange> sections, int[] changedWords, StringBuilder text)
    {
        var rewritten = sections
            .Select((s, i) => (Section: s, Words: changedWords[i]))
            .Where(static x => x.Section.Old is not null && x.Section.New is not null && x.Words > 0)
            .OrderByDescending(static x => x.Words)
            .Take(MaxNamed)
            .Select(static x => $"{x.Section.New!.Title} ({Plural(x.Words, "word")} changed)")
            .ToList();
        if (rewritten.Count > 0)
        {
            text.Append($"The largest rewrites are in {Join(rewritten)}. ");
        }
    }

    private static void Totals(FlagTally tally, int newerYear, StringBuilder text)
    {
        var parts = new List<string>();
        if (tally.NumbersChanged > 0)
        {
            parts.Add($"{Plural(tally.NumbersChanged, "number")} changed, appeared or vanished");
        }

        if (tally.Softened > 0)
        {
            parts.Add($"{Plural(tally.Softened, "statement")} {(tally.Softened == 1 ? "was" : "were")} softened");
        }

        if (tally.Strengthened > 0)
        {
            parts.Add($"{tally.Strengthened} strengthened");
        }

        if (tally.Flipped > 0)
        {
            parts.Add($"{Plural(tally.Flipped, "negation or direction", "negations or directions")} flipped");
        }

        if (tally.NamesDropped.Count > 0)
        {
            var examples = tally.NamesDropped.Where(static n => n.Contains(' ', StringComparison.Ordinal)).Take(MaxNamed).ToList();
            var among = examples.Count > 0 ? $", among them {Join(examples)}" : string.Empty;
            parts.Add($"{Plural(tally.NamesDropped.Count, "name")} no longer appear in the {newerYear} report{among}");
        }

        if (parts.Count > 0)
        {
            text.Append(Capitalise(Join(parts))).Append('.');
        }
    }

    /// <summary>Every flagged row's and section's top flag, best first, ties in document order; a move counted at its destination.</summary>
    private static ImmutableArray<KeyChange> KeyChanges(ImmutableArray<SectionChange> sections)
    {
        var all = new List<KeyChange>();
        for (var s = 0; s < sections.Length; s++)
        {
            var section = sections[s];
            var where = section.New ?? section.Old!;
            if (!section.Flags.IsEmpty)
            {
                all.Add(new KeyChange(section.Flags[0], where, s, null));
            }

            for (var r = 0; r < section.Sentences.Length; r++)
            {
                var row = section.Sentences[r];
                if (!row.Flags.IsEmpty && row.MovedTo is null)
                {
                    all.Add(new KeyChange(row.Flags[0], where, s, r));
                }
            }
        }

        // List.Sort is not stable: the index breaks ties so equal scores keep document order.
        var ordered = all.Select(static (k, i) => (k, i)).OrderByDescending(static x => x.k.Flag.Score).ThenBy(static x => x.i);
        return [.. ordered.Take(MaxKeyChanges).Select(static x => x.k)];
    }

    private static string Named(List<SectionChange> sections, Func<SectionChange, string> title)
    {
        var biggest = sections.OrderByDescending(static s => s.Sentences.Length).Take(MaxNamed).Select(title).ToList();
        var lead = sections.Count == 1 ? string.Empty : sections.Count > MaxNamed ? "among them " : "namely ";
        return lead + Join(biggest) + (sections.Count > MaxNamed ? " and others" : string.Empty);
    }

    /// <summary>"2 sections and 5 subsections": a top-level path is a bare number or word without a dot or slash.</summary>
    private static string Headings(IEnumerable<SectionReference> references)
    {
        var list = references.ToList();
        var top = list.Count(static r => !r.Path.Contains('/', StringComparison.Ordinal) && !r.Path.Contains('.', StringComparison.Ordinal));
        var sub = list.Count - top;
        return (top, sub) switch
        {
            (0, _) => Plural(sub, "subsection"),
            (_, 0) => Plural(top, "section"),
            _ => $"{Plural(top, "section")} and {Plural(sub, "subsection")}",
        };
    }

    private static bool IsRoot(SectionReference reference) => reference.Path.Length == 0;

    private static string Join(List<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string Plural(int n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
