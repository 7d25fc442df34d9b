using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KzDiff.Core.Rendering;
using KzDiff.Core.Rendering.Contract;
using KzDiff.Service.Comparisons;

namespace KzDiff.Web.Api;

/// <summary>
/// <c>GET /api/comparisons/{id}</c> (and the 202 of a request): the job's state, and when it
/// succeeded the comparison itself in the <c>kzdiff compare --format json</c> contract.
/// </summary>
/// <param name="Status">"queued", "running", "succeeded" or "failed".</param>
/// <param name="Progress">0..100.</param>
/// <param name="Error">Why it failed, or the last failed attempt's reason while it is retried.</param>
/// <param name="Computations">Times the engine's result was stored: 1 once succeeded, however many processes took part.</param>
/// <param name="ComputedBy">The worker that computed it (<c>KzDiff:Jobs:WorkerName</c>), null until then.</param>
/// <param name="Self">The URL to poll.</param>
/// <param name="Comparison">The result once the status is "succeeded", otherwise null.</param>
internal sealed record ComparisonDocument(
    Guid Id,
    string Country,
    int From,
    int To,
    string Status,
    int Progress,
    string? Error,
    string EngineVersion,
    Guid FromEditionId,
    Guid ToEditionId,
    DateTime RequestedAt,
    DateTime? StartedAt,
    DateTime? CompletedAt,
    int Attempts,
    int Computations,
    string? ComputedBy,
    string Self,
    ComparisonContract? Comparison)
{
    // The contract's encoder, so the embedded comparison is byte for byte the one stored.
    private static readonly JsonTypeInfo<ComparisonDocument> DocumentType = (JsonTypeInfo<ComparisonDocument>)new JsonSerializerOptions(ApiJsonContext.Default.Options)
    {
        Encoder = ComparisonJson.Encoder,
    }.GetTypeInfo(typeof(ComparisonDocument));

    /// <param name="view">The comparison's state.</param>
    /// <param name="resultJson">The stored result (compact contract JSON), or null while there is none.</param>
    public static byte[] Write(ComparisonView view, string? resultJson)
    {
        ArgumentNullException.ThrowIfNull(view);
        var document = new ComparisonDocument(
            view.Id,
            view.Country,
            view.FromYear,
            view.ToYear,
            view.Status.ToString().ToLowerInvariant(),
            view.Progress,
            view.Error,
            view.EngineVersion,
            view.FromEditionId,
            view.ToEditionId,
            view.RequestedAt,
            AsUtc(view.StartedAt),
            AsUtc(view.CompletedAt),
            view.Attempts,
            view.Computations,
            view.ComputedBy,
            $"/api/comparisons/{view.Id}",
            resultJson is null ? null : ComparisonJson.ReadContract(resultJson));
        return JsonSerializer.SerializeToUtf8Bytes(document, DocumentType);
    }

    // The store hands back unspecified kinds; these times are UTC and say so ("Z").
    private static DateTime? AsUtc(DateTime? value) => value is { } date ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null;
}
