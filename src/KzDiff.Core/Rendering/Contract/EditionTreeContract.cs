using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>
/// The root of the <c>kzdiff tree --format json</c> contract: the edition's metadata and, in the
/// same object, the body of the document node (whose children are <see cref="SectionNodeContract"/>s).
/// </summary>
public sealed record EditionTreeContract
{
    public required string Country { get; init; }

    public required string CountryName { get; init; }

    public required int Year { get; init; }

    public required string Sha256 { get; init; }

    public required string Source { get; init; }

    /// <summary>"html", "pdf-text" or "text", as on the command line.</summary>
    public required string Format { get; init; }

    public required string Title { get; init; }

    public required string Key { get; init; }

    public required string Path { get; init; }

    public required string Level { get; init; }

    public required string? Number { get; init; }

    public required int Paragraphs { get; init; }

    public required int Words { get; init; }

    public required IReadOnlyList<string> Sentences { get; init; }

    public required IReadOnlyList<SectionNodeContract> Children { get; init; }

    public static EditionTreeContract From(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var metadata = edition.Metadata;
        var root = SectionNodeContract.From(edition.Root);
        return new EditionTreeContract
        {
            Country = metadata.CountryKey,
            CountryName = metadata.CountryName,
            Year = metadata.Year,
            Sha256 = metadata.Sha256,
            Source = metadata.SourceName,
            Format = EditionFormatNames.ToName(metadata.Format),
            Title = root.Title,
            Key = root.Key,
            Path = root.Path,
            Level = root.Level,
            Number = root.Number,
            Paragraphs = root.Paragraphs,
            Words = root.Words,
            Sentences = root.Sentences,
            Children = root.Children,
        };
    }
}
