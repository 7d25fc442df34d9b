using System.Globalization;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KzDiff.Service.Hosting;

/// <summary>
/// Whether the application store answers and work gets done: unhealthy when the store does not
/// answer or refused a job's state (its disk full), degraded when comparisons have been queued or
/// running longer than <c>KzDiff:Health:StuckAfter</c>.
/// </summary>
/// <param name="contextFactory">The store.</param>
/// <param name="options">The threshold of stuck work.</param>
/// <param name="time">Now.</param>
/// <param name="unwritten">States this process's jobs could not write; none in a process without comparisons.</param>
public sealed class StoreHealthCheck(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    KzDiffOptions options,
    TimeProvider time,
    UnwrittenJobStates? unwritten = null) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        int editions, pending, stuck;
        var now = time.GetUtcNow().UtcDateTime;
        var stuckAfter = options.Health.StuckAfter;
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            editions = await db.Editions.CountAsync(cancellationToken);
            pending = await db.Comparisons.CountAsync(
                c => c.Status == ComparisonState.Queued || c.Status == ComparisonState.Running, cancellationToken);
            var since = now - stuckAfter;
            // Running past its lease: the process that held it stopped without a word.
            stuck = pending == 0 ? 0 : await db.Comparisons.CountAsync(
                c => (c.Status == ComparisonState.Queued && c.RequestedAt < since)
                    || (c.Status == ComparisonState.Running && (c.StartedAt < since || c.LeaseExpiresAt < now)),
                cancellationToken);
        }
#pragma warning disable CA1031 // Any failure to reach the store is what this check reports.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("store does not answer: " + ex.Message, ex);
        }

        var refused = unwritten?.Pending ?? [];
        var data = new Dictionary<string, object>
        {
            ["editions"] = editions,
            ["pendingComparisons"] = pending,
            ["stuckComparisons"] = stuck,
            ["stuckAfter"] = stuckAfter.ToString("c", CultureInfo.InvariantCulture),
            ["unwrittenJobStates"] = refused.Count,
        };
        if (refused.Count > 0)
        {
            data["unwrittenSince"] = refused[0].FailedAt;
            data["lastWriteError"] = refused[^1].WriteError;
            return HealthCheckResult.Unhealthy(
                $"the state of {Comparisons(refused.Count)} could not be written: the store refused it ({refused[^1].WriteError}); " +
                $"tried again every {Describe(options.Jobs.StateWriteRetry)}",
                data: data);
        }

        return stuck > 0
            ? HealthCheckResult.Degraded($"{Comparisons(stuck)} queued or running for more than {Describe(stuckAfter)}", data: data)
            : HealthCheckResult.Healthy("store answers", data);
    }

    private static string Comparisons(int count) => count == 1 ? "1 comparison" : $"{count} comparisons";

    private static string Describe(TimeSpan span) =>
        span.TotalMinutes >= 1 && span.Seconds == 0
            ? (span.TotalMinutes == 1 ? "minute" : $"{span.TotalMinutes:0} minutes")
            : (span.TotalSeconds == 1 ? "second" : $"{span.TotalSeconds:0} seconds");
}
