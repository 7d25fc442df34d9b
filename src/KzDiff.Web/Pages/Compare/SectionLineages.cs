using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Compare;

/// <summary>Section lineage ids of both editions by section path, for the links to a section's history.</summary>
public sealed record SectionLineages(ImmutableDictionary<string, string> ByNewPath, ImmutableDictionary<string, string> ByOldPath)
{
    public static SectionLineages None { get; } = new(ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty);
}
