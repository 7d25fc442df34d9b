namespace KzDiff.Core.Parsing;

/// <summary>What a source says about itself (page metadata, a title line, a file name); any part may be missing.</summary>
/// <param name="Year">The year the report covers.</param>
/// <param name="CountrySlug">A slug or name the country key can be derived from.</param>
/// <param name="CountryName">The country as printed.</param>
/// <param name="Address">The page's canonical address on state.gov, when it names one.</param>
internal sealed record EditionHints(int? Year, string? CountrySlug, string? CountryName, string? Address = null)
{
    public static EditionHints None { get; } = new(null, null, null);
}
