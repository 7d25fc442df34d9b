using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Compare;

/// <summary>One section in one column of the <see cref="OutlineMap"/>.</summary>
/// <param name="Name">"1.c Torture", or the title of a sub-heading.</param>
/// <param name="Anchor">Where the section's block is on the page.</param>
/// <param name="Depth">Outline depth in its own edition.</param>
/// <param name="Fate">What happened to it, in a few words ("removed", "moved to", "merged from"); null when nothing did.</param>
/// <param name="Links">The sections the fate points at (where it went, where it came from), in their edition's order.</param>
/// <param name="Context">Shown only because a changed section sits under it.</param>
public sealed record OutlineEntry(string Name, string Anchor, int Depth, string? Fate, ImmutableArray<OutlineLink> Links, bool Context)
{
    public bool Changed => Fate is not null;
}
