using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Service.Storage;

namespace KzDiff.Service.Subscriptions;

/// <summary>Which changes of a comparison a subscription wants, read once from its record.</summary>
internal sealed record SubscriptionFilter(
    IReadOnlySet<string>? Lineages,
    IReadOnlyList<string> Terms,
    IReadOnlySet<FlagKind> Kinds,
    double MinScore)
{
    public static SubscriptionFilter Of(SubscriptionRecord record) => new(
        record.SectionLineages is null ? null : Lines(record.SectionLineages).ToHashSet(StringComparer.Ordinal),
        Lines(record.Terms).ToList(),
        Lines(record.FlagKinds).Select(k => Enum.Parse<FlagKind>(k, ignoreCase: true)).ToHashSet(),
        record.MinScore);

    public static IEnumerable<string> Lines(string? stored) =>
        (stored ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether flags decide: a kind or a minimum score was given.</summary>
    private bool NeedsFlag => Kinds.Count > 0 || MinScore > 0;

    public bool Wants(ChangeFlag flag) => (Kinds.Count == 0 || Kinds.Contains(flag.Kind)) && flag.Score >= MinScore;

    /// <summary>A substantive sentence change that has a wanted term and a wanted flag, where those were asked for.</summary>
    public bool Wants(SentenceChange row)
    {
        if (row.Kind != ChangeKind.Substantive)
        {
            return false;
        }

        if (Terms.Count > 0 && !Terms.Any(t => Contains(row.Old, t) || Contains(row.New, t)))
        {
            return false;
        }

        return !NeedsFlag || row.Flags.Any(Wants);
    }

    /// <summary>A section added, removed, renamed, split or merged, where terms were not asked for.</summary>
    public bool WantsSection(SectionChange section) =>
        Terms.Count == 0 && section.Flags.Any(Wants);

    private static bool Contains(string? text, string term) =>
        text is not null && text.Contains(term, StringComparison.OrdinalIgnoreCase);
}
