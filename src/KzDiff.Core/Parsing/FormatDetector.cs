using System.Text.RegularExpressions;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Parsing;

/// <summary>
/// Tells a state.gov page from PDF-extracted text and plain text. Markup is unmistakable; the two
/// text shapes differ in line length: the PDF's lines are hard-wrapped near one width, plain text
/// has a whole paragraph per line.
/// </summary>
public static partial class FormatDetector
{
    private const int SniffChars = 4096;

    /// <summary>The format of decoded text; <paramref name="sourceName"/> only breaks ties.</summary>
    public static EditionFormat Detect(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text.AsSpan(), sourceName);
    }

    /// <summary>The format of decoded text; <paramref name="sourceName"/> only breaks ties.</summary>
    public static EditionFormat Detect(ReadOnlySpan<char> text, string? sourceName = null)
    {
        var head = text[..Math.Min(text.Length, SniffChars)].TrimStart();
        if (head.StartsWith("<", StringComparison.Ordinal) && MarkupSignature().IsMatch(head))
        {
            return EditionFormat.StateGovHtml;
        }

        if (PdfFooter().IsMatch(text))
        {
            return EditionFormat.PdfText;
        }

        var lines = 0;
        var wrappedWidth = 0;
        var longLines = 0;
        foreach (var range in text.Split('\n'))
        {
            var length = text[range].Trim().Length;
            if (length == 0)
            {
                continue;
            }

            lines++;
            if (length is >= 55 and <= 100)
            {
                wrappedWidth++;
            }
            else if (length > 140)
            {
                longLines++;
            }
        }

        // Hard-wrapped: most lines sit near one width and almost none is a whole long paragraph.
        if (lines >= 20 && wrappedWidth * 2 > lines && longLines * 50 < lines)
        {
            return EditionFormat.PdfText;
        }

        return sourceName is not null && (sourceName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || sourceName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            && head.StartsWith("<", StringComparison.Ordinal)
            ? EditionFormat.StateGovHtml
            : EditionFormat.PlainText;
    }

    [GeneratedRegex(@"<(!doctype\s+html|html|head|body|p|div|section|h[1-6])[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkupSignature();

    [GeneratedRegex(@"^Country Reports on Human Rights Practices for (19|20)\d\d\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PdfFooter();
}
