namespace KzDiff.Service.Batches;

/// <summary>A batch and how far its comparisons have got.</summary>
/// <param name="Progress">0..100 over all comparisons (a failed one counts as finished).</param>
public sealed record BatchView(
    Guid Id,
    int FromYear,
    int ToYear,
    DateTime CreatedAt,
    int Total,
    int Queued,
    int Running,
    int Succeeded,
    int Failed,
    int Progress,
    IReadOnlyList<BatchItemView> Items)
{
    /// <summary>Every comparison succeeded or failed; never a batch without comparisons (its creation was interrupted).</summary>
    public bool IsFinished => Total > 0 && Queued == 0 && Running == 0;
}
