using KzDiff.Core.Comparison;

namespace KzDiff.Service.Comparisons;

/// <summary>Requests comparisons of stored editions and reads their state and results.</summary>
public interface IComparisonService
{
    /// <summary>
    /// Compares the latest revisions of a country's editions for two years. The same pair and engine
    /// version is computed once: a second request returns the first comparison (a failed one is queued again).
    /// </summary>
    Task<ComparisonRequestResult> RequestAsync(string country, int fromYear, int toYear, CancellationToken cancellationToken = default);

    Task<ComparisonView?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The comparison of the latest revisions of two years with the current engine, if one was requested.</summary>
    Task<ComparisonView?> FindAsync(string country, int fromYear, int toYear, CancellationToken cancellationToken = default);

    /// <summary>The stored result in the JSON contract of <c>kzdiff compare</c>, or null until it succeeded.</summary>
    Task<string?> GetResultJsonAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The stored result as the Core model, or null until it succeeded.</summary>
    Task<EditionComparison?> GetResultAsync(Guid id, CancellationToken cancellationToken = default);
}
