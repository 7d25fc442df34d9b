using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Web.Pages.Compare;

/// <summary>Everything the compare page renders once a comparison is ready.</summary>
/// <param name="Comparison">The engine's result.</param>
/// <param name="Nav">The section tree, unfiltered.</param>
/// <param name="Blocks">The sections left after filtering, in order.</param>
/// <param name="ShownChanges">Changed sentences on the page after filtering.</param>
/// <param name="QueryMatches">Sentences and titles matching the text search, 0 without one.</param>
/// <param name="KeyChanges">The summary's key changes with the fragment they link to.</param>
/// <param name="Ranked">With <c>sort=score</c>: the flagged sentences left after filtering, most significant first; empty otherwise.</param>
/// <param name="FlagCounts">Changed sentences and sections carrying a flag of each kind, in the chosen section (or the whole comparison).</param>
/// <param name="Flagged">Changed sentences and sections carrying any flag, in the chosen section (or the whole comparison).</param>
public sealed record ComparisonPageView(
    EditionComparison Comparison,
    ImmutableArray<NavGroup> Nav,
    ImmutableArray<SectionBlock> Blocks,
    int ShownChanges,
    int QueryMatches,
    ImmutableArray<KeyChangeLink> KeyChanges,
    ImmutableArray<RankedRow> Ranked,
    ImmutableDictionary<FlagKind, int> FlagCounts,
    int Flagged)
{
    /// <summary>Counts over the chosen section and everything under it, or over the whole comparison.</summary>
    public required ComparisonStatistics Statistics { get; init; }

    /// <summary>Section pairs in the chosen section (with everything under it), or in the whole comparison.</summary>
    public required int SectionsInScope { get; init; }

    /// <summary>Of <see cref="SectionsInScope"/>, those with any change.</summary>
    public required int SectionsChanged { get; init; }

    /// <summary>The chosen section's name ("2.b Freedom of Peaceful Assembly"); null when no section was chosen.</summary>
    public string? Scope { get; init; }

    /// <summary>A <c>section</c> the comparison does not have, as asked; every section is shown instead.</summary>
    public string? UnknownSection { get; init; }

    /// <summary>The old outline beside the new one.</summary>
    public required OutlineMap Outline { get; init; }
}
