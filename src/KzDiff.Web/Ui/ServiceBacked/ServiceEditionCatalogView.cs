using KzDiff.Service.Editions;

namespace KzDiff.Web.Ui.ServiceBacked;

/// <summary>The editions grid read from the edition store: one row per country and year, revisions counted.</summary>
public sealed class ServiceEditionCatalogView(IEditionCatalog catalog) : IEditionCatalogView
{
    public async Task<IReadOnlyList<StoredEditionRow>> ListEditionsAsync(CancellationToken cancellationToken)
    {
        var editions = await catalog.ListEditionsAsync(null, cancellationToken);
        return [.. editions
            .GroupBy(e => (e.Country, e.Year))
            .Select(g =>
            {
                var latest = g.OrderByDescending(e => e.Revision).First();
                var status = $"imported {latest.ImportedAt:yyyy-MM-dd HH:mm} UTC, {latest.Sections} sections, {latest.Words} words";
                return new StoredEditionRow(latest.Country, latest.CountryName, latest.Year, g.Count(), status);
            })];
    }

    public async Task<IReadOnlyList<ImportAttempt>> ListRecentImportsAsync(int count, CancellationToken cancellationToken)
    {
        var imports = await catalog.ListImportsAsync(count, cancellationToken);
        return [.. imports.Select(i => new ImportAttempt(
            Path.GetFileName(i.SourceName),
            i.Outcome != ImportOutcome.Failed,
            i.Outcome switch
            {
                ImportOutcome.Imported => "imported",
                ImportOutcome.NewRevision => "new revision",
                ImportOutcome.Unchanged => "unchanged",
                _ => "failed",
            },
            i.Error,
            i.At))];
    }
}
