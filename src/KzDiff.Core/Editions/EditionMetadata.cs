namespace KzDiff.Core.Editions;

/// <summary>What an edition is, independent of its contents.</summary>
/// <param name="CountryKey">Normalised country key shared by every year's edition ("kyrgyzstan" for both "kyrgyz-republic" and "kyrgyzstan").</param>
/// <param name="CountryName">The country as printed by this edition.</param>
/// <param name="Year">The year the report covers.</param>
/// <param name="SourceName">Where the edition came from (file name or URL).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the source bytes.</param>
/// <param name="Format">The source format the edition was read from.</param>
/// <param name="Address">The report's page on state.gov as the page names it (its canonical address); null when the source does not say.</param>
public sealed record EditionMetadata(
    string CountryKey,
    string CountryName,
    int Year,
    string SourceName,
    string Sha256,
    EditionFormat Format,
    string? Address = null)
{
    /// <summary>The report's own title, "2019 Country Reports on Human Rights Practices: Kazakhstan", for citing it.</summary>
    // A method, not a property: the metadata is stored as JSON and this is derived, not stored.
    public string ReportTitle() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Year} Country Reports on Human Rights Practices: {CountryName}");
}
