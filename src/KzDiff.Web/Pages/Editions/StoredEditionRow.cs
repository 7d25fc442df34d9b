using KzDiff.Service.Editions;

namespace KzDiff.Web.Pages.Editions;

/// <summary>One stored edition as the editions grid shows it.</summary>
/// <param name="CountryKey">Normalised country key ("kazakhstan").</param>
/// <param name="CountryName">The country as the latest edition prints it.</param>
/// <param name="Year">The year the report covers.</param>
/// <param name="Revisions">How many different texts were imported for this country and year.</param>
/// <param name="ImportStatus">When the latest revision was imported and how large it is.</param>
public sealed record StoredEditionRow(string CountryKey, string CountryName, int Year, int Revisions, string ImportStatus)
{
    /// <summary>One row per country and year from every stored revision, the latest describing it.</summary>
    public static IReadOnlyList<StoredEditionRow> Group(IEnumerable<EditionSummary> editions) =>
        [.. editions
            .GroupBy(e => (e.Country, e.Year))
            .Select(g =>
            {
                var latest = g.OrderByDescending(e => e.Revision).First();
                var status = $"imported {latest.ImportedAt:yyyy-MM-dd HH:mm} UTC, {latest.Sections} sections, {latest.Words} words";
                return new StoredEditionRow(latest.Country, latest.CountryName, latest.Year, g.Count(), status);
            })];
}
