using KzDiff.Service.Comparisons;
using KzDiff.Service.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace KzDiff.Web.Api;

/// <summary><c>/api/comparisons</c>: request a comparison, then poll it until it has a result.</summary>
internal static class ComparisonEndpoints
{
    /// <summary>Output cache policy of finished comparison documents.</summary>
    public const string CachePolicy = "comparison";

    /// <summary>
    /// A succeeded comparison never changes (new text is a new revision, a new engine a new
    /// comparison), so its document is cached whole and never stale. The output cache also answers
    /// If-None-Match with 304 from the stored entry's ETag; after an entry is evicted the next
    /// request is a full 200 again, which is correct, only larger.
    /// </summary>
    public static void AddComparisonOutputCache(this OutputCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(CachePolicy, new ComparisonCachePolicy());
    }

    public static void MapComparisonEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/comparisons").WithTags("Comparisons");
        group.MapPost("/", RequestAsync)
            .WithSummary("Request the comparison of a country's editions for two years (202 and an id; reused when already requested)")
            .Accepts<ComparisonRequest>("application/json")
            .Produces<ComparisonDocument>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("Status, progress and error of a comparison, and the comparison itself (kzdiff compare JSON) when it succeeded")
            .Produces<ComparisonDocument>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CacheOutput(CachePolicy);
    }

    private static async Task<IResult> RequestAsync(ComparisonRequest? request, ComparisonService comparisons, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return ApiProblems.BadRequest("send a JSON body such as {\"country\": \"kazakhstan\", \"from\": 2019, \"to\": 2020}");
        }

        if (string.IsNullOrWhiteSpace(request.Country))
        {
            return ApiProblems.Invalid("country", "'country' is required (a key from GET /api/countries)");
        }

        if (YearRules.Check(request.From, request.To) is { } invalid)
        {
            return invalid;
        }

        var result = await comparisons.RequestAsync(request.Country, request.From!.Value, request.To!.Value, request.Terms, cancellationToken);
        return result.Error switch
        {
            ComparisonRequestError.None => Accepted(result.Comparison!),
            ComparisonRequestError.InvalidYears => ApiProblems.Invalid("from", result.ErrorDetail!),
            ComparisonRequestError.InvalidTerms => ApiProblems.Invalid("terms", result.ErrorDetail!),
            _ => ApiProblems.NotFound(result.ErrorDetail!),
        };
    }

    private static AcceptedDocumentResult Accepted(ComparisonView view) =>
        new(ComparisonDocument.Write(view, resultJson: null), $"/api/comparisons/{view.Id}");

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, ComparisonService comparisons, CancellationToken cancellationToken)
    {
        var view = await comparisons.GetAsync(id, cancellationToken);
        if (view is null)
        {
            return ApiProblems.NotFound($"no comparison {id}");
        }

        if (view.Status != ComparisonState.Succeeded)
        {
            // Still changing: neither the output cache nor the client may keep it.
            http.Features.Get<IOutputCacheFeature>()?.Context.AllowCacheStorage = false;
            http.Response.Headers.CacheControl = "no-store";
            return Results.Bytes(ComparisonDocument.Write(view, resultJson: null), "application/json");
        }

        var json = await comparisons.GetResultJsonAsync(id, cancellationToken);
        http.Response.Headers.ETag = $"\"{id:N}\"";
        http.Response.Headers.CacheControl = "private, max-age=0, must-revalidate";
        return Results.Bytes(ComparisonDocument.Write(view, json), "application/json");
    }
}
