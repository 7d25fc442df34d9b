using KzDiff.Core.Comparison;

namespace KzDiff.Web.Pages.Compare;

/// <summary>One of the download formats of <c>kzdiff compare</c>, rendered by Core's renderers.</summary>
public readonly record struct ComparisonExport(string Format)
{
    public static ComparisonExport? Parse(string? format) => format?.ToLowerInvariant() switch
    {
        "json" => new ComparisonExport("json"),
        "markdown" or "md" => new ComparisonExport("markdown"),
        "html" => new ComparisonExport("html"),
        _ => null,
    };

    public (string Content, string ContentType, string Extension) Render(EditionComparison comparison) => Format switch
    {
        _ => throw new NotSupportedException("renderers arrive with the compare branch"),
    };
}
