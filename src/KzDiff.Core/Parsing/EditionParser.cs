using System.Security.Cryptography;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing.Html;
using KzDiff.Core.Parsing.Pdf;
using KzDiff.Core.Parsing.PdfText;
using KzDiff.Core.Parsing.PlainText;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing;

/// <summary>Entry point of parsing: source bytes in, section tree out.</summary>
public static class EditionParser
{
    /// <summary>Parses an edition, detecting its format unless <paramref name="format"/> is given.</summary>
    /// <param name="content">The source bytes as read from a file, an upload or a URL.</param>
    /// <param name="sourceName">File name or URL; a fallback for country and year.</param>
    /// <param name="format">Forces a format instead of detecting it.</param>
    /// <param name="options">Limits on what an edition may contain; <see cref="EditionParserOptions.Default"/> when null.</param>
    /// <exception cref="EditionParseException">The input is not a readable edition, or exceeds a limit of <paramref name="options"/>.</exception>
    public static Edition Parse(ReadOnlySpan<byte> content, string sourceName, EditionFormat? format = null, EditionParserOptions? options = null) =>
        Build(Read(content, sourceName, format, options), options);

    /// <summary>Reads an edition's metadata and text blocks, detecting its format unless <paramref name="format"/> is given; <see cref="Build"/> makes the tree.</summary>
    /// <param name="content">The source bytes as read from a file, an upload or a URL.</param>
    /// <param name="sourceName">File name or URL; a fallback for country and year.</param>
    /// <param name="format">Forces a format instead of detecting it.</param>
    /// <param name="options">Limits on what an edition may contain; <see cref="EditionParserOptions.Default"/> when null.</param>
    /// <exception cref="EditionParseException">The input is not a readable edition, or exceeds a limit of <paramref name="options"/>.</exception>
    public static ParsedSource Read(ReadOnlySpan<byte> content, string sourceName, EditionFormat? format = null, EditionParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        var limits = options ?? EditionParserOptions.Default;
        limits.Validate();
        if (format == EditionFormat.Pdf || IsPdf(content))
        {
            // Core reads no PDF files: the service extracts the layout and calls ParseLayout.
            throw new EditionParseException("this is a PDF file: its layout must be extracted first (import it with kzdiff import or the upload form)");
        }

        using var text = TextDecoder.Lease(content);
        var actualFormat = format ?? FormatDetector.Detect(text.Text.Span, sourceName);
        var document = actualFormat switch
        {
            EditionFormat.StateGovHtml => StateGovHtmlReader.Read(text.Text, limits),
            EditionFormat.PdfText => PdfTextReader.Read(text.Text.ToString()),
            EditionFormat.PlainText => PlainTextReader.Read(text.Text.ToString()),
            EditionFormat.Pdf => throw new EditionParseException("a PDF file is read by ParseLayout"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown edition format"),
        };

        return Source(document, sourceName, actualFormat, content);
    }

    /// <summary>Parses a PDF file from the layout of its lines, which an extractor outside Core measured.</summary>
    /// <param name="layout">The file's lines with their positions, sizes and weights.</param>
    /// <param name="content">The file's bytes, for the edition's hash.</param>
    /// <param name="sourceName">File name or URL; a fallback for country and year.</param>
    /// <param name="options">Limits and template headings; <see cref="EditionParserOptions.Default"/> when null.</param>
    /// <exception cref="EditionParseException">The layout holds no readable edition, or exceeds a limit of <paramref name="options"/>.</exception>
    public static Edition ParseLayout(PdfLayout layout, ReadOnlySpan<byte> content, string sourceName, EditionParserOptions? options = null) =>
        Build(ReadLayout(layout, content, sourceName, options), options);

    /// <summary>Reads a PDF file's metadata and text blocks from the layout of its lines; <see cref="Build"/> makes the tree.</summary>
    /// <param name="layout">The file's lines with their positions, sizes and weights.</param>
    /// <param name="content">The file's bytes, for the edition's hash.</param>
    /// <param name="sourceName">File name or URL; a fallback for country and year.</param>
    /// <param name="options">Limits; <see cref="EditionParserOptions.Default"/> when null.</param>
    /// <exception cref="EditionParseException">The layout holds no readable edition.</exception>
    public static ParsedSource ReadLayout(PdfLayout layout, ReadOnlySpan<byte> content, string sourceName, EditionParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(sourceName);
        (options ?? EditionParserOptions.Default).Validate();
        return Source(PdfLayoutReader.Read(layout), sourceName, EditionFormat.Pdf, content);
    }

    /// <summary>Builds the section tree of an edition read by <see cref="Read"/> or <see cref="ReadLayout"/>, with the template headings of <paramref name="options"/>.</summary>
    /// <param name="source">The edition as read.</param>
    /// <param name="options">Limits and template headings; <see cref="EditionParserOptions.Default"/> when null.</param>
    /// <exception cref="EditionParseException">The edition holds no report text, or exceeds a limit of <paramref name="options"/>.</exception>
    public static Edition Build(ParsedSource source, EditionParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var limits = options ?? EditionParserOptions.Default;
        limits.Validate();
        var metadata = source.Metadata;
        var root = SectionTreeBuilder.Build($"{metadata.CountryName} {metadata.Year}", source.Document.Blocks, new ParseBudget(limits), limits.TemplateHeadings);
        if (!root.DescendantsAndSelf().Any(n => n.Paragraphs.Length > 0))
        {
            throw new EditionParseException("no report text found");
        }

        return new Edition(metadata, root);
    }

    /// <summary>Whether the bytes are a PDF file: "%PDF-" within the first kilobyte, as readers accept it.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    private static ParsedSource Source(SourceDocument document, string sourceName, EditionFormat actualFormat, ReadOnlySpan<byte> content) =>
        new(ResolveMetadata(document, sourceName, actualFormat, Convert.ToHexStringLower(SHA256.HashData(content))), document);

    // The report's own title decides (the page's metadata, then the text's title line); the file
    // name is a fallback for a text without a title. A file name that names another country or year
    // than the title is refused rather than believed: "KAZAKHSTAN 2022" uploaded as veloria-2024.txt
    // is a mistake (or a trick), not Veloria's 2024 edition.
    private static EditionMetadata ResolveMetadata(SourceDocument document, string sourceName, EditionFormat format, string sha256)
    {
        var page = document.PageHints;
        var file = ReportTitles.FromSourceName(sourceName);
        var titleLine = document.TitleLineHints;
        var titleYear = page.Year ?? titleLine.Year;
        var titleSlug = Usable(page.CountrySlug) ?? Usable(titleLine.CountrySlug);
        RefuseDisagreement(titleYear, titleSlug, page.CountryName ?? titleLine.CountryName, file, sourceName);

        var year = titleYear ?? file.Year
            ?? throw new EditionParseException("cannot tell which year this edition covers: name the file like kazakhstan-2019.txt or start the text with \"KAZAKHSTAN 2019 HUMAN RIGHTS REPORT\"");
        var slug = titleSlug ?? Usable(file.CountrySlug)
            ?? throw new EditionParseException("cannot tell which country this edition covers: name the file like kazakhstan-2019.txt");
        // The page's title and address together: its address alone may carry WordPress debris.
        var key = Usable(page.CountrySlug) is { } pageSlug
            ? CountryKeys.FromTitleAndAddress(page.CountryName, pageSlug)
            : CountryKeys.Normalize(slug);
        var name = page.CountryName ?? titleLine.CountryName ?? ReportTitles.ToTitleCase(key.Replace('-', ' '));
        // A page fetched from its address names it too; a file name never gives an address.
        return new EditionMetadata(key, name, year, sourceName, sha256, format, page.Address ?? ReportAddress.Accept(sourceName));
    }

    private static string? Usable(string? slug) => string.IsNullOrWhiteSpace(slug) || CountryKeys.Slugify(slug).Length == 0 ? null : slug;

    private static void RefuseDisagreement(int? titleYear, string? titleSlug, string? titleName, EditionHints file, string sourceName)
    {
        var fileSlug = Usable(file.CountrySlug);
        var yearDiffers = titleYear is not null && file.Year is not null && titleYear != file.Year;
        var countryDiffers = titleSlug is not null && fileSlug is not null
            && !string.Equals(CountryKeys.Normalize(titleSlug), CountryKeys.Normalize(fileSlug), StringComparison.Ordinal);
        if (!yearDiffers && !countryDiffers)
        {
            return;
        }

        var titleSays = $"{titleName ?? titleSlug ?? "?"} {(titleYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")}".Trim();
        var fileSays = $"{fileSlug ?? "?"} {(file.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")}";
        throw new EditionParseException(
            $"the report's title says {titleSays} but the name {sourceName} says {fileSays}: the title decides, so rename the file (or upload the report it names)");
    }
}
