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
/// <param name="FlagCounts">Changed sentences and sections carrying a flag of each kind, over the whole comparison.</param>
/// <param name="Flagged">Changed sentences and sections carrying any flag, over the whole comparison.</param>
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
    public int SectionsChanged => Nav.Sum(g => g.Items.Count(i => i.Badges.Length > 0));
}
