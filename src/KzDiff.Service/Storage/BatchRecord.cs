namespace KzDiff.Service.Storage;

/// <summary>A fan-out of comparisons between two years over every country that has both.</summary>
public sealed class BatchRecord
{
    public Guid Id { get; set; }

    public int FromYear { get; set; }

    public int ToYear { get; set; }

    public DateTime CreatedAt { get; set; }
}
