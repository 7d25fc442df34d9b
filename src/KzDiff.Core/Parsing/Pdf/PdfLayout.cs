using System.Collections.Immutable;

namespace KzDiff.Core.Parsing.Pdf;

/// <summary>The lines of a PDF file in reading order, page by page, as its extractor measured them.</summary>
/// <param name="Lines">Every line of every page, top to bottom within a page.</param>
/// <param name="PageCount">Pages of the file, including pages without text.</param>
public sealed record PdfLayout(ImmutableArray<PdfLine> Lines, int PageCount);
