using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Compare;

/// <summary>One section in the section tree on the left.</summary>
/// <param name="Anchor">Element id of the section in the main pane.</param>
/// <param name="Title">The section's title (the new one when renamed).</param>
/// <param name="OldTitle">The old title when the section was renamed, otherwise null.</param>
/// <param name="Depth">Outline depth.</param>
/// <param name="Badges">Markers for status and flags; empty for unchanged sections.</param>
/// <param name="SubstantiveChanges">Substantive sentence changes.</param>
/// <param name="Shown">Whether the section survived the current filters (otherwise the link resets them).</param>
/// <param name="Context">
/// An unchanged section kept out of the folds, or repeated, because a changed section sits under
/// it: without it the child would read as a child of whatever section came before.
/// </param>
public sealed record NavItem(
    string Anchor,
    string Title,
    string? OldTitle,
    int Depth,
    ImmutableArray<SectionBadge> Badges,
    int SubstantiveChanges,
    bool Shown,
    bool Context = false)
{
    /// <summary>What became of the section (merged from, removed, from), said once; null when it kept its place.</summary>
    public SectionFate? Fate { get; init; }
}
