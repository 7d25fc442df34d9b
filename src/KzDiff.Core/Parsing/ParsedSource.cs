using KzDiff.Core.Editions;

namespace KzDiff.Core.Parsing;

/// <summary>
/// An edition read as far as its metadata and text blocks, before its section tree is built. Reading
/// the source (HTML, text, a PDF's layout) costs most of a parse; the tree is built from this as often
/// as the template headings change (<see cref="EditionParser.Build"/>), without reading it again.
/// </summary>
public sealed class ParsedSource
{
    internal ParsedSource(EditionMetadata metadata, SourceDocument document)
    {
        Metadata = metadata;
        Document = document;
    }

    public EditionMetadata Metadata { get; }

    internal SourceDocument Document { get; }
}
