using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;

namespace KzDiff.Web.Ui.ServiceBacked;

/// <summary>A section's history from the lineage store, with the country's printed name from the catalog.</summary>
public sealed class ServiceSectionHistoryView(ISectionHistoryService histories, IEditionCatalog catalog) : ISectionHistoryView
{
    public async Task<SectionHistory?> GetHistoryAsync(string countryKey, string lineageId, CancellationToken cancellationToken)
    {
        var history = await histories.GetHistoryAsync(countryKey, lineageId, cancellationToken);
        if (history is null || history.Years.Count == 0)
        {
            return null;
        }

        var countries = await catalog.ListCountriesAsync(cancellationToken);
        var name = countries.FirstOrDefault(c => c.Country == history.Country)?.Name ?? history.Country;
        return new SectionHistory(
            history.Country,
            name,
            history.LineageId,
            [.. history.Years.OrderBy(y => y.Year).Select(y => new SectionHistoryYear(y.Year, y.Title, y.Path, y.Sentences, y.Words))]);
    }
}
