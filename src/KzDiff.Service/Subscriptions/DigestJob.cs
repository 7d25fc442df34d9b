using Hangfire;
using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Subscriptions;

/// <summary>
/// Gathers the change summaries held for each daily or weekly subscription into one delivery, once
/// its day or week since the last digest has passed. Runs every hour (a recurring Hangfire job), so a
/// digest leaves within an hour of being due. Nothing held, nothing sent.
/// </summary>
public sealed class DigestJob(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    ISubscriptionScheduler scheduler,
    TimeProvider time,
    ILogger<DigestJob> logger)
{
    public const string RecurringJobId = "subscription-digests";

    /// <summary>Sends the digests that are due; returns how many were queued.</summary>
    [Queue(JobQueues.Notifications)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var candidates = await db.Subscriptions.AsNoTracking()
            .Where(s => s.Schedule != nameof(DeliverySchedule.Immediate) && s.DeliveryType != nameof(DeliveryType.Feed))
            .Select(s => new { s.Id, s.Schedule, s.CreatedAt, s.LastDigestAt })
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var subscription in candidates)
        {
            var period = subscription.Schedule == nameof(DeliverySchedule.Weekly) ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);
            if (now - (subscription.LastDigestAt ?? subscription.CreatedAt) < period)
            {
                continue;
            }

            var held = await db.SubscriptionDeliveries.AnyAsync(d => d.SubscriptionId == subscription.Id && d.Status == DeliveryState.Held, cancellationToken);
            if (!held)
            {
                // Nothing new: no message, and the period keeps running from the last digest sent.
                continue;
            }

            // Two runs at once (two processes) meet here: only one moves the digest's time on.
            var claimed = await db.Subscriptions
                .Where(s => s.Id == subscription.Id && s.LastDigestAt == subscription.LastDigestAt)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastDigestAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var batch = Guid.NewGuid();
            var gathered = await db.SubscriptionDeliveries
                .Where(d => d.SubscriptionId == subscription.Id && d.Status == DeliveryState.Held)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.Status, DeliveryState.Pending)
                        .SetProperty(d => d.BatchId, batch)
                        .SetProperty(d => d.NextAttemptAt, now),
                    cancellationToken);
            if (gathered > 0)
            {
                scheduler.EnqueueDelivery(batch);
                queued++;
                logger.LogInformation("Digest {Batch} of subscription {Id}: {Count} change summaries", batch, subscription.Id, gathered);
            }
        }

        return queued;
    }
}
