namespace KzDiff.Service.Configuration;

/// <summary>
/// The Hangfire queues KzDiff's jobs are enqueued on, so that a worker can be given only some kinds
/// of work (<c>KzDiff:Jobs:Queues</c>): a slow import cannot hold up comparisons on a worker that does not take imports.
/// </summary>
public static class JobQueues
{
    /// <summary>Work that follows an import: sentence lineages.</summary>
    public const string Imports = "imports";

    /// <summary>Comparisons and corpus tables: the CPU-bound engine runs.</summary>
    public const string Comparisons = "comparisons";

    /// <summary>Change summaries, deliveries and digests of subscriptions.</summary>
    public const string Notifications = "notifications";

    /// <summary>Every queue, in the order a server takes from them when several have work.</summary>
    public static readonly IReadOnlyList<string> All = [Comparisons, Imports, Notifications];
}
