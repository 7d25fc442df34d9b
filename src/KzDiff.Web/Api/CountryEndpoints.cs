using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;

namespace KzDiff.Web.Api;

/// <summary><c>/api/countries</c>: the countries stored and the history of their sections.</summary>
internal static class CountryEndpoints
{
    public static void MapCountryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/countries").WithTags("Countries");
        group.MapGet("/", ListAsync)
            .WithSummary("Every country with stored editions and the years stored")
            .Produces<ItemList<CountrySummary>>();
        group.MapGet("/{country}/sections/{lineageId}", HistoryAsync)
            .WithSummary("One section of a country across every stored year (titles, paths, sizes), through renames and moves")
            .Produces<SectionHistory>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<ItemList<CountrySummary>> ListAsync(EditionCatalog catalog, CancellationToken cancellationToken) =>
        new(await catalog.ListCountriesAsync(cancellationToken));

    private static async Task<IResult> HistoryAsync(string country, string lineageId, SectionHistoryService history, CancellationToken cancellationToken)
    {
        var result = await history.GetHistoryAsync(country, lineageId, cancellationToken);
        return result is null
            ? ApiProblems.NotFound($"no section lineage '{lineageId}' is stored for '{country}'")
            : TypedResults.Ok(result);
    }
}
