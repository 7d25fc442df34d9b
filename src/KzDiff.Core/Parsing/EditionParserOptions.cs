namespace KzDiff.Core.Parsing;

/// <summary>
/// How an edition is read. Mostly limits that separate a report from input crafted to exhaust the parser. Real editions stay far
/// below the defaults: over the 451 state.gov pages of 2016-2024 the deepest markup is 26 elements,
/// the most headings 67 and the most sections 100.
/// </summary>
public sealed record EditionParserOptions
{
    /// <summary>The defaults: about ten times the deepest and fifty times the largest real edition.</summary>
    public static EditionParserOptions Default { get; } = new();

    /// <summary>
    /// Deepest element nesting an HTML page may have. The HTML parser's work per element grows with
    /// the depth of its ancestors, so a cap on depth keeps parsing linear in the page's size.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>Most headings (HTML heading elements, heading lines of a text) an edition may have.</summary>
    public int MaxHeadings { get; init; } = 2_000;

    /// <summary>Most sections of any level, run-in headings included, an edition's tree may have.</summary>
    public int MaxSections { get; init; } = 5_000;

    /// <summary>
    /// The year's template headings (learned from the other reports of the year), so that a
    /// paragraph that is exactly one of them is read as a heading; null for the built-in list.
    /// </summary>
    public TemplateHeadings? TemplateHeadings { get; init; }

    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxNestingDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxHeadings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxSections);
    }
}
