using System.Collections.Immutable;
using KzDiff.Core.Parsing;
using KzDiff.Core.Parsing.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using PdfDocumentFormatException = UglyToad.PdfPig.Core.PdfDocumentFormatException;

namespace KzDiff.Service.Editions;

/// <summary>
/// Measures the lines of a PDF file with PdfPig (words, their positions, sizes and weights) for
/// Core's <see cref="EditionParser.ParseLayout"/>: the file is read here, its text is read in Core.
/// </summary>
public static class PdfLayoutExtractor
{
    /// <summary>Most pages read: the longest report prints on about 120 pages; a file far longer is not one.</summary>
    public const int MaxPages = 2_000;

    /// <summary>Most letters read over the whole file, so that a crafted page cannot hold the import for minutes.</summary>
    public const int MaxLetters = 20_000_000;

    /// <exception cref="EditionParseException">The file is encrypted, damaged, or over a limit.</exception>
    public static PdfLayout Extract(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var document = PdfDocument.Open(content.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.IsEncrypted && !CanRead(document))
            {
                throw new EditionParseException("the PDF is encrypted: save an unprotected copy (print it to PDF again) and import that");
            }

            if (document.NumberOfPages > MaxPages)
            {
                throw new EditionParseException($"the PDF has {document.NumberOfPages:N0} pages; the limit is {MaxPages:N0}");
            }

            var lines = ImmutableArray.CreateBuilder<PdfLine>();
            var letters = 0L;
            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count;
                if (letters > MaxLetters)
                {
                    throw new EditionParseException($"the PDF holds more than {MaxLetters:N0} characters: too large for an edition");
                }

                AddLines(lines, page);
            }

            return new PdfLayout(lines.ToImmutable(), document.NumberOfPages);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new EditionParseException("the PDF is encrypted: save an unprotected copy (print it to PDF again) and import that", ex);
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidDataException or FormatException or NullReferenceException or KeyNotFoundException)
        {
            throw new EditionParseException("the PDF is damaged or not a PDF file PdfPig can read: " + ex.Message, ex);
        }
    }

    // Opening succeeds with an empty user password; reading a page tells whether the text is there.
    private static bool CanRead(PdfDocument document)
    {
        try
        {
            return document.NumberOfPages == 0 || document.GetPage(1).Letters.Count >= 0;
        }
        catch (PdfDocumentEncryptedException)
        {
            return false;
        }
    }

    // Words on one baseline (within a third of their size) make a line; a page's lines top to bottom.
    private static void AddLines(ImmutableArray<PdfLine>.Builder lines, Page page)
    {
        var words = page.GetWords()
            .Where(w => w.Letters.Count > 0 && !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(w => w.BoundingBox.Bottom)
            .ThenBy(w => w.BoundingBox.Left)
            .ToList();
        var current = new List<Word>();
        foreach (var word in words)
        {
            if (current.Count > 0 && Math.Abs(current[0].BoundingBox.Bottom - word.BoundingBox.Bottom) > Size(current[0]) / 3)
            {
                lines.Add(LineOf(page, current));
                current.Clear();
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(LineOf(page, current));
        }
    }

    private static PdfLine LineOf(Page page, List<Word> words)
    {
        words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var bold = words.Select(IsBold).ToList();
        var leadingBold = bold.TakeWhile(b => b).Count();
        var size = words.GroupBy(w => Math.Round(Size(w), 1)).MaxBy(g => g.Sum(w => w.Letters.Count))!.Key;
        var text = string.Join(' ', words.Select(w => w.Text));
        return new PdfLine(
            page.Number,
            page.Height - words.Max(w => w.BoundingBox.Bottom),
            words[0].BoundingBox.Left,
            words[^1].BoundingBox.Right,
            size,
            leadingBold == words.Count,
            text,
            leadingBold > 0 && leadingBold < words.Count ? string.Join(' ', words.Take(leadingBold).Select(w => w.Text)) : null);
    }

    private static double Size(Word word) => word.Letters[0].PointSize;

    private static bool IsBold(Word word)
    {
        var font = word.Letters[0].FontName ?? string.Empty;
        return font.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || font.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || font.Contains("Semibold", StringComparison.OrdinalIgnoreCase);
    }
}
