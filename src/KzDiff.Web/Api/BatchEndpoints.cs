using KzDiff.Service.Batches;

namespace KzDiff.Web.Api;

/// <summary><c>/api/batches</c>: compare two years for every country that has both.</summary>
internal static class BatchEndpoints
{
    public static void MapBatchEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/batches").WithTags("Batches");
        group.MapPost("/", CreateAsync)
            .WithSummary("Compare two years for every country stored with both (202, then poll the batch)")
            .Accepts<BatchRequest>("application/json")
            .Produces<BatchView>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("Progress of a batch and the state of each country's comparison")
            .Produces<BatchView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(BatchRequest? request, BatchService batches, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return ApiProblems.BadRequest("send a JSON body such as {\"from\": 2023, \"to\": 2024}");
        }

        if (YearRules.Check(request.From, request.To) is { } invalid)
        {
            return invalid;
        }

        var (batch, error) = await batches.CreateAsync(request.From!.Value, request.To!.Value, cancellationToken);
        return batch is null
            ? ApiProblems.NotFound(error!)
            : TypedResults.Accepted($"/api/batches/{batch.Id}", batch);
    }

    private static async Task<IResult> GetAsync(Guid id, BatchService batches, CancellationToken cancellationToken)
    {
        var batch = await batches.GetAsync(id, cancellationToken);
        return batch is null ? ApiProblems.NotFound($"no batch {id}") : TypedResults.Ok(batch);
    }
}
