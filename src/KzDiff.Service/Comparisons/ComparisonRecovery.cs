using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Comparisons;

/// <summary>
/// Re-enqueues, at start-up, every comparison the application store holds as unfinished: the
/// in-memory job queue of the embedded mode forgot them when the process died. Duplicates are
/// harmless because the job claims its comparison before computing.
/// </summary>
public sealed class ComparisonRecovery(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    IComparisonScheduler scheduler,
    KzDiffOptions options,
    TimeProvider time,
    ILogger<ComparisonRecovery> logger)
{
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (options.Storage.Mode == StorageMode.Embedded)
        {
            // Only this process runs jobs on an embedded store, so a comparison marked running was
            // running in a process that has died.
            await db.Comparisons
                .Where(c => c.Status == ComparisonState.Running)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(c => c.Status, ComparisonState.Queued)
                        .SetProperty(c => c.LeaseOwner, (string?)null)
                        .SetProperty(c => c.LeaseExpiresAt, (DateTime?)null),
                    cancellationToken);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var pending = await db.Comparisons.AsNoTracking()
            .Where(c => c.Status == ComparisonState.Queued
                || (c.Status == ComparisonState.Running && c.LeaseExpiresAt < now))
            .OrderBy(c => c.RequestedAt)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in pending)
        {
            scheduler.Enqueue(id);
        }

        if (pending.Count > 0)
        {
            logger.LogInformation("Re-enqueued {Count} unfinished comparisons", pending.Count);
        }

        return pending.Count;
    }
}
