using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Lineage;
using StoredState = KzDiff.Service.Storage.ComparisonState;

namespace KzDiff.Web.Ui.ServiceBacked;

/// <summary>
/// Comparisons through the comparison service: an existing one is read, a missing one is requested
/// (a Hangfire job), and the page shows its progress until the stored result is there.
/// </summary>
public sealed class ServiceComparisonView(
    IComparisonService comparisons,
    ISectionHistoryService lineages,
    StoredComparisonCache cache) : IComparisonView
{
    public async Task<ComparisonLookup> GetOrRequestAsync(string countryKey, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var view = await comparisons.FindAsync(countryKey, fromYear, toYear, cancellationToken);
        if (view is null)
        {
            var request = await comparisons.RequestAsync(countryKey, fromYear, toYear, cancellationToken);
            if (request.Comparison is null)
            {
                return ComparisonLookup.Problem(ComparisonState.EditionMissing, request.ErrorDetail ?? "These editions cannot be compared.");
            }

            view = request.Comparison;
        }

        var statusUrl = $"/api/comparisons/{view.Id}";
        switch (view.Status)
        {
            case StoredState.Queued:
                return ComparisonLookup.Pending(ComparisonState.Queued, view.Progress / 100.0, statusUrl);
            case StoredState.Running:
                return ComparisonLookup.Pending(ComparisonState.Running, view.Progress / 100.0, statusUrl);
            case StoredState.Failed:
                return ComparisonLookup.Problem(ComparisonState.Failed, view.Error ?? "The comparison job failed.");
            default:
                break;
        }

        if (cache.TryGet(view.Id, out var cached))
        {
            return cached;
        }

        EditionComparison? result;
        try
        {
            result = await comparisons.GetResultAsync(view.Id, cancellationToken);
        }
        catch (FormatException e)
        {
            // A result stored by an older build may not decode; say so instead of failing the page.
            return ComparisonLookup.Problem(ComparisonState.Failed, "The stored result of this comparison cannot be read: " + e.Message);
        }

        if (result is null)
        {
            return ComparisonLookup.Problem(ComparisonState.Failed, "The comparison succeeded but its result is missing from the store.");
        }

        var lookup = new ComparisonLookup(
            ComparisonState.Succeeded,
            result,
            1,
            null,
            statusUrl,
            await LineagesAsync(view.ToEditionId, cancellationToken),
            await LineagesAsync(view.FromEditionId, cancellationToken));
        cache.Set(view.Id, lookup);
        return lookup;
    }

    // The service queues a failed comparison again when it is requested again.
    public Task RetryAsync(string countryKey, int fromYear, int toYear, CancellationToken cancellationToken) =>
        comparisons.RequestAsync(countryKey, fromYear, toYear, cancellationToken);

    private async Task<ImmutableDictionary<string, string>> LineagesAsync(Guid editionId, CancellationToken cancellationToken)
    {
        var sections = await lineages.ListSectionsAsync(editionId, cancellationToken);
        var byPath = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            byPath.TryAdd(section.Path, section.LineageId);
        }

        return byPath.ToImmutable();
    }
}
