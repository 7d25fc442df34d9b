namespace KzDiff.Core.Editions;

/// <summary>The shape of an edition's source text.</summary>
public enum EditionFormat
{
    /// <summary>A page saved from state.gov.</summary>
    StateGovHtml,

    /// <summary>Text extracted from the printable PDF: hard-wrapped lines and page furniture.</summary>
    PdfText,

    /// <summary>One paragraph per line, headings on their own lines, as copied out of a browser.</summary>
    PlainText,

    /// <summary>A PDF file: State's printable edition or a state.gov page printed by a browser, read with its layout.</summary>
    Pdf,
}
