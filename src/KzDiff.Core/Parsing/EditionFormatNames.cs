using KzDiff.Core.Editions;

namespace KzDiff.Core.Parsing;

/// <summary>The names formats go by on the command line and in JSON: "html", "pdf", "pdf-text", "text".</summary>
public static class EditionFormatNames
{
    public static IReadOnlyList<string> All { get; } = ["html", "pdf", "pdf-text", "text"];

    public static string ToName(EditionFormat format) => format switch
    {
        EditionFormat.StateGovHtml => "html",
        EditionFormat.PdfText => "pdf-text",
        EditionFormat.PlainText => "text",
        EditionFormat.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown edition format"),
    };

    public static EditionFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => null,
        "html" => EditionFormat.StateGovHtml,
        "pdf-text" => EditionFormat.PdfText,
        "pdf" => EditionFormat.Pdf,
        "text" or "txt" or "plain" => EditionFormat.PlainText,
        _ => throw new ArgumentException($"unknown input format '{name}' (expected {string.Join(", ", All)})", nameof(name)),
    };
}
