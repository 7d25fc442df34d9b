namespace KzDiff.Service.Configuration;

/// <summary>Hangfire server settings for comparison jobs.</summary>
public sealed class JobOptions
{
    /// <summary>Comparison jobs run at once in this process; 0 means one per core.</summary>
    public int WorkerCount { get; set; }

    /// <summary>Runs of one comparison before it is marked failed with its last error.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// How long a running comparison stays claimed by one process without a sign of life; after that
    /// another process (team mode) may take it over.
    /// </summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Run a Hangfire server in this process (false: only enqueue, another process runs jobs).</summary>
    public bool RunServer { get; set; } = true;
}
