using System.Security.Cryptography;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing.Html;
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
    public static Edition Parse(ReadOnlySpan<byte> content, string sourceName, EditionFormat? format = null, EditionParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        var limits = options ?? EditionParserOptions.Default;
        limits.Validate();
        var text = TextDecoder.Decode(content);
        var actualFormat = format ?? FormatDetector.Detect(text, sourceName);
        var document = actualFormat switch
        {
            EditionFormat.StateGovHtml => StateGovHtmlReader.Read(text, limits),
            EditionFormat.PdfText => PdfTextReader.Read(text),
            EditionFormat.PlainText => PlainTextReader.Read(text),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown edition format"),
        };

        var metadata = ResolveMetadata(document, sourceName, actualFormat, Convert.ToHexStringLower(SHA256.HashData(content)));
        var root = SectionTreeBuilder.Build($"{metadata.CountryName} {metadata.Year}", document.Blocks, new ParseBudget(limits), limits.TemplateHeadings);
        if (!root.DescendantsAndSelf().Any(n => n.Paragraphs.Length > 0))
        {
            throw new EditionParseException("no report text found");
        }

        return new Edition(metadata, root);
    }

    // The page's own metadata wins, then the file name, then the text's title line.
    private static EditionMetadata ResolveMetadata(SourceDocument document, string sourceName, EditionFormat format, string sha256)
    {
        var page = document.PageHints;
        var file = ReportTitles.FromSourceName(sourceName);
        var titleLine = document.TitleLineHints;
        var year = page.Year ?? file.Year ?? titleLine.Year
            ?? throw new EditionParseException("cannot tell which year this edition covers: name the file like kazakhstan-2019.txt or start the text with \"KAZAKHSTAN 2019 HUMAN RIGHTS REPORT\"");
        var slug = page.CountrySlug ?? file.CountrySlug ?? titleLine.CountrySlug;
        if (string.IsNullOrWhiteSpace(slug) || CountryKeys.Slugify(slug).Length == 0)
        {
            throw new EditionParseException("cannot tell which country this edition covers: name the file like kazakhstan-2019.txt");
        }

        // The page's title and address together: its address alone may carry WordPress debris.
        var key = page.CountrySlug is not null
            ? CountryKeys.FromTitleAndAddress(page.CountryName, page.CountrySlug)
            : CountryKeys.Normalize(slug);
        var name = page.CountryName ?? titleLine.CountryName ?? ReportTitles.ToTitleCase(key.Replace('-', ' '));
        return new EditionMetadata(key, name, year, sourceName, sha256, format);
    }
}
