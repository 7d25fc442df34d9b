using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;

namespace KzDiff.Web.Pages.Compare;

/// <summary>The compare page's downloads: exactly what <c>kzdiff compare --format ...</c> prints, from Core's renderers.</summary>
public readonly record struct ComparisonExport(ComparisonFormat Format, string Extension)
{
    public static ComparisonExport? Parse(string? format) => format?.ToLowerInvariant() switch
    {
        "json" => new ComparisonExport(ComparisonFormat.Json, "json"),
        "markdown" or "md" => new ComparisonExport(ComparisonFormat.Markdown, "md"),
        "html" => new ComparisonExport(ComparisonFormat.Html, "html"),
        _ => null,
    };

    public string ContentType => ComparisonRenderer.ContentType(Format);

    /// <param name="newOutline">The new edition's section paths in document order, so the export reads in the page's order.</param>
    public byte[] Render(EditionComparison comparison, bool changesOnly, System.Collections.Immutable.ImmutableArray<string> newOutline = default) =>
        ComparisonRenderer.Encoding.GetBytes(ComparisonRenderer.Render(comparison, Format, new RenderOptions(ChangesOnly: changesOnly) { NewOutline = newOutline.IsDefault ? [] : newOutline }));
}
