using Hangfire;
using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Subscriptions;

/// <summary>
/// At start-up: queues again every summary still to make and every delivery still to send (the
/// in-memory job queue of the embedded mode forgot them), and registers the hourly digest job.
/// Duplicates are harmless: both jobs claim their work before doing it.
/// </summary>
public sealed class SubscriptionRecovery(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    ISubscriptionScheduler scheduler,
    IRecurringJobManager recurring,
    KzDiffOptions options,
    TimeProvider time,
    ILogger<SubscriptionRecovery> logger)
{
    public async Task RecoverAsync(CancellationToken cancellationToken = default)
    {
        recurring.AddOrUpdate<DigestJob>(DigestJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Hourly());

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (options.Storage.Mode == StorageMode.Embedded)
        {
            // Only this process sends on an embedded store: a row marked sending was being sent by a
            // process that died. It is sent again (with the same delivery id, for the receiver to see).
            await db.SubscriptionDeliveries
                .Where(d => d.Status == DeliveryState.Sending)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.Status, DeliveryState.Pending).SetProperty(d => d.LeaseExpiresAt, (DateTime?)null),
                    cancellationToken);
        }

        var editions = await db.ChangeSummaryRuns.AsNoTracking().OrderBy(r => r.CreatedAt).Select(r => r.EditionId).ToListAsync(cancellationToken);
        foreach (var edition in editions)
        {
            scheduler.EnqueueSummary(edition);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var batches = await db.SubscriptionDeliveries.AsNoTracking()
            .Where(d => d.BatchId != null
                && (d.Status == DeliveryState.Pending || (d.Status == DeliveryState.Sending && d.LeaseExpiresAt < now)))
            .GroupBy(d => d.BatchId)
            .Select(g => new { Batch = g.Key!.Value, Due = g.Min(d => d.NextAttemptAt) })
            .ToListAsync(cancellationToken);
        foreach (var batch in batches)
        {
            scheduler.EnqueueDelivery(batch.Batch, batch.Due is { } due ? new DateTimeOffset(due, TimeSpan.Zero) : null);
        }

        if (editions.Count + batches.Count > 0)
        {
            logger.LogInformation("Re-enqueued {Summaries} change summaries and {Deliveries} deliveries", editions.Count, batches.Count);
        }
    }
}
