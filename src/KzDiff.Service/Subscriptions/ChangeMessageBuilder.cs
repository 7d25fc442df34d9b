using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;

namespace KzDiff.Service.Subscriptions;

/// <summary>
/// Builds a subscription's message from a comparison: only the changes it follows (sections by
/// lineage, terms, flag kinds, minimum score), the top flags and quotes among them, counts per
/// section. Nothing followed changed: no message.
/// </summary>
internal static class ChangeMessageBuilder
{
    public const int MaxFlags = 5;
    public const int MaxQuotes = 5;
    public const int MaxSections = 20;
    private const int MaxQuoteLength = 600;

    public static ChangeMessage? Build(
        Guid subscriptionId,
        SubscriptionFilter filter,
        EditionComparison comparison,
        ComparisonAnchors anchors,
        LineageScope lineage,
        string compareUrl)
    {
        var flags = new List<(Core.Comparison.Flags.ChangeFlag Flag, string Section, string Anchor)>();
        var rows = new List<(SentenceChange Row, string Section, string Anchor, double Score, int Order)>();
        var counts = new Dictionary<string, (string Title, int Changes)>(StringComparer.Ordinal);
        var order = 0;
        for (var i = 0; i < comparison.Sections.Length; i++)
        {
            var section = comparison.Sections[i];
            if (filter.Lineages is not null && !lineage.Covers(section.Old?.Path, section.New?.Path, filter.Lineages))
            {
                continue;
            }

            var reference = section.New ?? section.Old!;
            var changes = 0;
            if (filter.WantsSection(section))
            {
                changes++;
                flags.AddRange(section.Flags.Where(filter.Wants).Select(f => (f, reference.Title, anchors.Section(i))));
            }

            for (var j = 0; j < section.Sentences.Length; j++)
            {
                var row = section.Sentences[j];
                // A moved sentence appears in both sections; it is counted where it arrives.
                if (row.MovedTo is not null || !filter.Wants(row))
                {
                    continue;
                }

                changes++;
                var anchor = anchors.Sentence(i, j) ?? anchors.Section(i);
                var wanted = row.Flags.Where(filter.Wants).ToList();
                flags.AddRange(wanted.Select(f => (f, reference.Title, anchor)));
                rows.Add((row, reference.Title, anchor, wanted.Count == 0 ? 0 : wanted.Max(f => f.Score), order++));
            }

            if (changes > 0)
            {
                counts[reference.Path] = counts.TryGetValue(reference.Path, out var known)
                    ? (known.Title, known.Changes + changes)
                    : (reference.Title, changes);
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        return new ChangeMessage(
            subscriptionId,
            comparison.New.CountryKey,
            comparison.New.CountryName,
            comparison.Old.Year,
            comparison.New.Year,
            comparison.Summary.Text,
            flags.OrderByDescending(f => f.Flag.Score)
                .Take(MaxFlags)
                .Select(f => new MessageFlag(f.Flag.Kind.ToString().ToLowerInvariant(), Math.Round(f.Flag.Score, 4), f.Flag.Explanation, f.Section, $"{compareUrl}#{f.Anchor}"))
                .ToList(),
            counts.OrderByDescending(c => c.Value.Changes)
                .Take(MaxSections)
                .Select(c => new SectionCount(c.Key, c.Value.Title, c.Value.Changes))
                .ToList(),
            rows.OrderByDescending(r => r.Score).ThenBy(r => r.Order)
                .Take(MaxQuotes)
                .Select(r => new QuotedChange(r.Section, Cut(r.Row.Old), Cut(r.Row.New), $"{compareUrl}#{r.Anchor}"))
                .ToList(),
            compareUrl);
    }

    private static string? Cut(string? sentence) =>
        sentence is null || sentence.Length <= MaxQuoteLength ? sentence : sentence[..(MaxQuoteLength - 1)] + "…";
}
