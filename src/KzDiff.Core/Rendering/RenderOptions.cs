namespace KzDiff.Core.Rendering;

/// <summary>What a renderer shows of a comparison.</summary>
/// <param name="ChangesOnly">Leave out unchanged sections and unchanged or formatting-only sentences.</param>
/// <param name="Section">Only sections whose old or new path starts with this, or whose title contains it (case-insensitive).</param>
public sealed record RenderOptions(bool ChangesOnly = false, string? Section = null)
{
    public static RenderOptions Default { get; } = new();
}
