namespace KzDiff.Service.Storage;

/// <summary>One country's comparison within a batch.</summary>
public sealed class BatchItemRecord
{
    public Guid BatchId { get; set; }

    public Guid ComparisonId { get; set; }

    public required string CountryKey { get; set; }
}
