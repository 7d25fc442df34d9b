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

    /// <summary>
    /// The first block shown of its section, which carries the title; the other parts of a merge
    /// follow it under their <see cref="From"/> line, so the title stands once.
    /// </summary>
    public bool Lead { get; init; } = true;

    /// <summary>What became of the section, on the <see cref="Lead"/> block only.</summary>
    public SectionFate? Fate { get; init; }

    /// <summary>For a part of a merge, the old section its rows come from ("1.d › Pretrial Detention"); otherwise null.</summary>
    public string? From { get; init; }

    public string Title => Change.New?.Title ?? Change.Old?.Title ?? "(untitled)";
}
