using KzDiff.Core.Editions;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>One side of a comparison: which edition it is.</summary>
public sealed record EditionMetadataContract
{
    /// <summary>The normalised country key ("kyrgyzstan").</summary>
    public required string Country { get; init; }

    // Null only in results stored before countryName, source and format were written; always
    // written now. (Not initialisers: the generated reader would reset them to null anyway.)
    public string? CountryName { get; init; }

    public required int Year { get; init; }

    public required string Sha256 { get; init; }

    public string? Source { get; init; }

    /// <summary>"stategovhtml", "pdftext" or "plaintext".</summary>
    public string? Format { get; init; }

    /// <summary>The report's page on state.gov, as the imported page names it; null when the source does not say.</summary>
    public string? Address { get; init; }

    public static EditionMetadataContract From(EditionMetadata edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return new EditionMetadataContract
        {
            Country = edition.CountryKey,
            CountryName = edition.CountryName,
            Year = edition.Year,
            Sha256 = edition.Sha256,
            Source = edition.SourceName,
            Format = ContractNames.Lower(edition.Format),
            Address = edition.Address,
        };
    }

    public EditionMetadata ToMetadata() =>
        new(Country, CountryName ?? string.Empty, Year, Source ?? string.Empty, Sha256, Format is null ? EditionFormat.StateGovHtml : ContractNames.Parse<EditionFormat>(Format), Address);
}
