namespace KzDiff.Core.Parsing;

/// <summary>
/// One block of an edition as a format reader saw it, before any outline is inferred. Readers
/// stay format-specific; the outline rules live once, in <see cref="SectionTreeBuilder"/>.
/// </summary>
/// <param name="Kind">Heading, section label or paragraph.</param>
/// <param name="Text">The block's text, whitespace collapsed.</param>
/// <param name="LevelHint">HTML heading rank (2 for h2 ...), 0 where the format has none.</param>
/// <param name="LeadingEmphasis">
/// Text of the bold/underlined run that opens an HTML paragraph, or null. It corroborates a
/// run-in heading; text formats have no emphasis and rely on the text rule alone.
/// </param>
internal sealed record SourceBlock(SourceBlockKind Kind, string Text, int LevelHint = 0, string? LeadingEmphasis = null)
{
    /// <summary>Whether the reader could see emphasis at all (HTML) and so must corroborate run-in headings.</summary>
    public bool HasMarkup { get; init; }
}
