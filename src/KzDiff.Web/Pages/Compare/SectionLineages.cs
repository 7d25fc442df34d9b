using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// Section lineage ids of both editions by section path, for the links to a section's history,
/// and the new edition's section paths in document order, for the outline map's new column.
/// </summary>
public sealed record SectionLineages(ImmutableDictionary<string, string> ByNewPath, ImmutableDictionary<string, string> ByOldPath)
{
    public static SectionLineages None { get; } = new(ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty);

    /// <summary>The new edition's section paths in document order; empty when unknown.</summary>
    public ImmutableArray<string> NewOutline { get; init; } = [];
}
