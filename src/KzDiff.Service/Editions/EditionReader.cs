using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Service.Editions;

/// <summary>
/// Bytes to an edition, whatever the file: a PDF file is recognised by its magic bytes and its
/// layout measured here (<see cref="PdfLayoutExtractor"/>); every other format goes to Core's parser.
/// The one way the service, the CLI and uploads read an edition.
/// </summary>
public static class EditionReader
{
    /// <exception cref="EditionParseException">The input is not a readable edition.</exception>
    public static Edition Read(ReadOnlyMemory<byte> content, string sourceName, EditionFormat? format = null, EditionParserOptions? options = null) =>
        EditionParser.Build(ReadSource(content, sourceName, format, options), options);

    /// <summary>Reads an edition's metadata and text blocks; <see cref="EditionParser.Build"/> makes its tree, with whichever template headings.</summary>
    /// <exception cref="EditionParseException">The input is not a readable edition.</exception>
    public static ParsedSource ReadSource(ReadOnlyMemory<byte> content, string sourceName, EditionFormat? format = null, EditionParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        var isPdf = EditionParser.IsPdf(content.Span);
        if (!isPdf && (format == EditionFormat.Pdf || sourceName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)))
        {
            throw new EditionParseException("not a PDF file: it does not start with %PDF- (a PDF renamed, or a truncated download?)");
        }

        if (isPdf && format is not (null or EditionFormat.Pdf))
        {
            throw new EditionParseException($"this is a PDF file, not {EditionFormatNames.ToName(format!.Value)}: import it as pdf");
        }

        return isPdf
            ? EditionParser.ReadLayout(PdfLayoutExtractor.Extract(content), content.Span, sourceName, options)
            : EditionParser.Read(content.Span, sourceName, format, options);
    }
}
