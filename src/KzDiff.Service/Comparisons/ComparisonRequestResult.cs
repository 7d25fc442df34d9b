namespace KzDiff.Service.Comparisons;

/// <summary>The answer to a comparison request: the comparison (new or reused), or why it was refused.</summary>
/// <param name="Created">True when this request created the comparison (or re-queued a failed one).</param>
public sealed record ComparisonRequestResult(
    ComparisonView? Comparison,
    bool Created,
    ComparisonRequestError Error = ComparisonRequestError.None,
    string? ErrorDetail = null)
{
    public static ComparisonRequestResult Refused(ComparisonRequestError error, string detail) => new(null, false, error, detail);
}
