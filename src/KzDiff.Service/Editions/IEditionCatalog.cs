using KzDiff.Core.Editions;

namespace KzDiff.Service.Editions;

/// <summary>Read side of the edition store, as the UI, the API and the CLI use it.</summary>
public interface IEditionCatalog
{
    /// <summary>Every country with at least one stored edition, by key.</summary>
    Task<IReadOnlyList<CountrySummary>> ListCountriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Stored editions by country and year, every revision; <paramref name="country"/> null for all.</summary>
    Task<IReadOnlyList<EditionSummary>> ListEditionsAsync(string? country = null, CancellationToken cancellationToken = default);

    /// <summary>The given revision, or the latest when <paramref name="revision"/> is null.</summary>
    Task<EditionSummary?> FindEditionAsync(string country, int year, int? revision = null, CancellationToken cancellationToken = default);

    Task<EditionSummary?> GetEditionAsync(Guid editionId, CancellationToken cancellationToken = default);

    /// <summary>The parsed section tree of a stored edition.</summary>
    Task<Edition?> LoadEditionAsync(Guid editionId, CancellationToken cancellationToken = default);

    /// <summary>The latest import attempts, newest first (failed ones included, with their reasons).</summary>
    Task<IReadOnlyList<ImportLogEntry>> ListImportsAsync(int count = 50, CancellationToken cancellationToken = default);
}
