namespace KzDiff.Service.Storage;

/// <summary>
/// The sentence lineage of one stored edition (since when each sentence stands, when it was reworded),
/// computed once by a job from the year-to-year comparisons of the country and kept here.
/// </summary>
public sealed class SentenceLineageRecord
{
    public Guid EditionId { get; set; }

    public required string CountryKey { get; set; }

    public int Year { get; set; }

    /// <summary>The comparison engine the lineage was chained from; another version computes it again.</summary>
    public required string EngineVersion { get; set; }

    public ComparisonState Status { get; set; }

    public string? Error { get; set; }

    /// <summary>The items as JSON (<c>SentenceLineageJson</c>), when succeeded.</summary>
    public string? ResultJson { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}
