using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Lineage;

/// <summary>
/// Re-enqueues, at start-up, every sentence lineage the store holds as queued or running: the
/// in-memory job queue of the embedded mode forgot them when the process died, and a request would
/// otherwise answer "computing" for ever. Duplicates are harmless because the job is idempotent.
/// </summary>
public sealed class LineageRecovery(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    ILineageScheduler scheduler,
    KzDiffOptions options,
    ILogger<LineageRecovery> logger)
{
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (options.Storage.Mode == StorageMode.Embedded)
        {
            // Only this process runs jobs on an embedded store: a lineage marked running was being
            // computed by a process that has died. (On a team server Hangfire's PostgreSQL queue
            // keeps the job and hands it to another worker.)
            await db.SentenceLineages
                .Where(r => r.Status == ComparisonState.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ComparisonState.Queued), cancellationToken);
        }

        var pending = await db.SentenceLineages.AsNoTracking()
            .Where(r => r.Status == ComparisonState.Queued)
            .OrderBy(r => r.RequestedAt)
            .Select(r => r.EditionId)
            .ToListAsync(cancellationToken);
        foreach (var id in pending)
        {
            scheduler.Enqueue(id);
        }

        if (pending.Count > 0)
        {
            logger.LogInformation("Re-enqueued {Count} unfinished sentence lineages", pending.Count);
        }

        return pending.Count;
    }
}
