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
    /// another process (team mode) may take it over. A live run renews its claim a few times per lease;
    /// on PostgreSQL it is also Hangfire's invisibility timeout, after which a job fetched by a process
    /// that died (SIGKILL, power loss) is handed to another worker.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "{0} must be between {1} and {2} (hh:mm:ss)")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a comparison state that the store refused (its disk full) is written again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "{0} must be between {1} and {2} (hh:mm:ss)")]
    public TimeSpan StateWriteRetry { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Names this process in its jobs: the Hangfire server, the claim on a running comparison and the
    /// comparison's <c>computedBy</c>. Machine name and process id by default.
    /// </summary>
    [Required(ErrorMessage = "{0} must name this process")]
    [StringLength(60, ErrorMessage = "{0} must be at most {1} characters")]
    [RegularExpression(@"^[A-Za-z0-9._:@-]+$", ErrorMessage = "{0} may hold letters, digits and . _ : @ - only")]
    public string WorkerName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// The queues this process's Hangfire server takes jobs from (<see cref="JobQueues"/>); unset means every queue.
    /// Null rather than a default list, because the binder appends configured items to an existing array.
    /// </summary>
    [JobQueueList]
    public string[]? Queues { get; set; }

    /// <summary>The configured queues, or every queue when none are configured.</summary>
    public IReadOnlyList<string> EffectiveQueues => Queues is { Length: > 0 } queues ? queues : JobQueues.All;
}
