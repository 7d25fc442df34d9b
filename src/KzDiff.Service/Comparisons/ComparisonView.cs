using KzDiff.Service.Storage;

namespace KzDiff.Service.Comparisons;

/// <summary>A requested comparison as the API and the UI show it (without the result body).</summary>
/// <param name="Progress">0..100.</param>
/// <param name="Error">Why it failed, or the last failed attempt's reason while it is retried.</param>
/// <param name="Computations">Times the engine's result was stored for it: 1 once succeeded, whichever processes ran it.</param>
/// <param name="ComputedBy">The worker that stored the result (<c>KzDiff:Jobs:WorkerName</c>).</param>
/// <param name="HasResult">A result is stored (status succeeded).</param>
public sealed record ComparisonView(
    Guid Id,
    string Country,
    int FromYear,
    int ToYear,
    Guid FromEditionId,
    Guid ToEditionId,
    string EngineVersion,
    ComparisonState Status,
    int Progress,
    string? Error,
    DateTime RequestedAt,
    DateTime? StartedAt,
    DateTime? CompletedAt,
    int Attempts,
    int Computations,
    string? ComputedBy,
    bool HasResult);
