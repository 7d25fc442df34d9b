using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Web.Pages.Compare;

/// <summary>Everything the compare page renders once a comparison is ready.</summary>
/// <param name="Comparison">The engine's result.</param>
/// <param name="Nav">The section tree, unfiltered.</param>
/// <param name="Blocks">The sections left after filtering, in order.</param>
/// <param name="ShownChanges">Changed sentences on the page after filtering.</param>
/// <param name="QueryMatches">Sentences and titles matching the text search, 0 without one.</param>
public sealed record ComparisonPageView(
    EditionComparison Comparison,
    ImmutableArray<NavGroup> Nav,
    ImmutableArray<SectionBlock> Blocks,
    int ShownChanges,
    int QueryMatches)
{
    public int SectionsChanged => Nav.Sum(g => g.Items.Count(i => i.Badges.Length > 0));
}
