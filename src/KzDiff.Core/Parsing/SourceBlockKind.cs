namespace KzDiff.Core.Parsing;

/// <summary>What a format reader saw: the builder decides what each block means in the outline.</summary>
internal enum SourceBlockKind
{
    /// <summary>A heading line or element (including a bare "Section N." label whose title follows).</summary>
    Heading,

    /// <summary>A paragraph of report text.</summary>
    Paragraph,
}
