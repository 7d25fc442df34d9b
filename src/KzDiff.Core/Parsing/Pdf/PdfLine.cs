namespace KzDiff.Core.Parsing.Pdf;

/// <summary>
/// One line of text as a PDF lays it out, measured by the extractor (which lives outside Core:
/// Core reads no files and knows no PDF library). Positions are in points from the page's top
/// left corner, so <see cref="Top"/> grows down the page.
/// </summary>
/// <param name="Page">Page number, from 1.</param>
/// <param name="Top">Distance of the line's baseline from the top of the page.</param>
/// <param name="Left">Left edge of the first word.</param>
/// <param name="Right">Right edge of the last word.</param>
/// <param name="FontSize">Size of the line's main font.</param>
/// <param name="Bold">Whether every word of the line is set in a bold face.</param>
/// <param name="Text">The words, separated by single spaces.</param>
/// <param name="LeadingBold">The bold words that open the line when the rest is not bold ("Physical Conditions:"), else null.</param>
public sealed record PdfLine(int Page, double Top, double Left, double Right, double FontSize, bool Bold, string Text, string? LeadingBold = null);
