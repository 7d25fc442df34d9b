namespace KzDiff.Service.Storage;

/// <summary>
/// A requested comparison of two stored editions. The application store, not Hangfire, is the record
/// of truth: a comparison queued here is run even if the job queue forgot it.
/// </summary>
public sealed class ComparisonRecord
{
    public Guid Id { get; set; }

    public required string CountryKey { get; set; }

    public int FromYear { get; set; }

    public int ToYear { get; set; }

    public Guid FromEditionId { get; set; }

    public Guid ToEditionId { get; set; }

    /// <summary>The engine version, with a hash of the watched terms when they are not the defaults ("4+t3f9a0c21d7"); see <c>WatchTermSet.KeyFor</c>.</summary>
    public required string EngineVersion { get; set; }

    /// <summary>The watched terms the flags use, one a line (<c>WatchTermSet.Stored</c>); null in comparisons stored before terms were recorded (the defaults).</summary>
    public string? WatchTerms { get; set; }

    public ComparisonState Status { get; set; }

    /// <summary>0..100.</summary>
    public int Progress { get; set; }

    public string? Error { get; set; }

    /// <summary>The comparison in the JSON contract of <c>kzdiff compare --format json</c>.</summary>
    public string? ResultJson { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>Times a job claimed this comparison to compute it.</summary>
    public int Attempts { get; set; }

    /// <summary>Times a result was stored; more than 1 would mean work was done twice.</summary>
    public int Computations { get; set; }

    /// <summary>The worker (<c>KzDiff:Jobs:WorkerName</c>) whose run stored the result; null until one did.</summary>
    public string? ComputedBy { get; set; }

    /// <summary>The job run that currently holds the comparison (process and run id).</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }

    /// <summary>When the comparison's flags were written to the review queue (<c>review_flags</c>); null until then.</summary>
    public DateTime? FlagsIndexedAt { get; set; }
}
