using System.Collections.Immutable;

namespace KzDiff.Core.Rendering;

/// <summary>What a renderer shows of a comparison.</summary>
/// <param name="ChangesOnly">Leave out unchanged sections and unchanged or formatting-only sentences.</param>
/// <param name="Section">Only sections whose old or new path starts with this, or whose title contains it (case-insensitive).</param>
public sealed record RenderOptions(bool ChangesOnly = false, string? Section = null)
{
    public static RenderOptions Default { get; } = new();

    /// <summary>
    /// The new edition's section paths in document order, for the reading order of the HTML,
    /// Markdown and text exports (<see cref="ReadingOrder"/>); empty when unknown (the order is then read from the paths).
    /// </summary>
    public ImmutableArray<string> NewOutline { get; init; } = [];
}
