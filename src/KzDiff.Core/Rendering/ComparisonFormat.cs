namespace KzDiff.Core.Rendering;

/// <summary>The output forms of a comparison.</summary>
public enum ComparisonFormat
{
    Text,
    Json,
    Html,
    Markdown,
}
