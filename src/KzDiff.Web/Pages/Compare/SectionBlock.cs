using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Web.Pages.Compare;

/// <summary>One aligned section pair as the main pane shows it, after filters.</summary>
/// <param name="Anchor">Stable element id of the section.</param>
/// <param name="Depth">Outline depth, 0 for top-level sections.</param>
/// <param name="Change">The engine's section change.</param>
/// <param name="Badges">Markers for status and flags.</param>
/// <param name="SubstantiveChanges">Substantive sentence changes in the section.</param>
/// <param name="Rows">Rows left after filtering.</param>
/// <param name="LineageId">Lineage id for the section history link, or null when unknown.</param>
public sealed record SectionBlock(
    string Anchor,
    int Depth,
    SectionChange Change,
    ImmutableArray<SectionBadge> Badges,
    int SubstantiveChanges,
    ImmutableArray<ComparisonRow> Rows,
    string? LineageId)
{
    public bool HasChanges => Badges.Length > 0;

    public string Title => Change.New?.Title ?? Change.Old?.Title ?? "(untitled)";
}
