using System.ComponentModel.DataAnnotations;
using KzDiff.Service.Comparisons;

namespace KzDiff.Service.Configuration;

/// <summary>Hangfire server settings for comparison jobs.</summary>
public sealed class JobOptions
{
    /// <summary>Comparison jobs run at once in this process; they are CPU-bound, so one per core by default.</summary>
    [Range(1, 64, ErrorMessage = "{0} must be between {1} and {2}")]
    public int WorkerCount { get; set; } = Math.Min(Environment.ProcessorCount, 64);

    /// <summary>Runs of one comparison before it is marked failed with its last error; Hangfire retries at most that often.</summary>
    [Range(1, ComparisonJob.HangfireRuns, ErrorMessage = "{0} must be between {1} and {2}")]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// How long a running comparison stays claimed by one process without a sign of life; after that
    /// another process (team mode) may take it over.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "{0} must be between {1} and {2} (hh:mm:ss)")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Run a Hangfire server in this process (false: only enqueue, another process runs jobs).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>How often a comparison state that the store refused (its disk full) is written again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "{0} must be between {1} and {2} (hh:mm:ss)")]
    public TimeSpan StateWriteRetry { get; set; } = TimeSpan.FromSeconds(10);
}
