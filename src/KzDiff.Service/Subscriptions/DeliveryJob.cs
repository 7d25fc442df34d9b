using System.Text;
using System.Text.Json;
using Hangfire;
using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Subscriptions;

/// <summary>
/// Sends one delivery of the outbox. Claims its rows with a conditional update first, so a duplicate
/// job (re-enqueued at start-up, or by another process) finds them sent or held and returns. Retries
/// are the outbox's own: a failed attempt sets the next one with a doubling wait and schedules it,
/// so that the store, not the job queue, knows what is still to send after a restart.
/// </summary>
public sealed class DeliveryJob(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    WebhookSender webhooks,
    EmailSender email,
    ISubscriptionScheduler scheduler,
    SubscriptionLinks links,
    KzDiffOptions options,
    TimeProvider time,
    ILogger<DeliveryJob> logger)
{
    private const int MaxErrorLength = 2000;

    [Queue(JobQueues.Notifications)]
    public async Task RunAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var settings = options.Subscriptions;
        var now = time.GetUtcNow().UtcDateTime;
        // Long enough for the slowest send; a run that dies holding the rows gives them up after it.
        var leaseEnd = now + settings.WebhookTimeout + settings.Smtp.Timeout + TimeSpan.FromMinutes(1);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await db.SubscriptionDeliveries
            .Where(d => d.BatchId == batchId
                && ((d.Status == DeliveryState.Pending && d.NextAttemptAt <= now)
                    || (d.Status == DeliveryState.Sending && d.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, DeliveryState.Sending)
                    .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                    .SetProperty(d => d.LeaseExpiresAt, leaseEnd),
                cancellationToken);
        if (claimed == 0)
        {
            // Sent, failed for good, held by a live run, or not due yet (a job that ran early comes back when it is).
            var due = await db.SubscriptionDeliveries.AsNoTracking()
                .Where(d => d.BatchId == batchId && d.Status == DeliveryState.Pending)
                .Select(d => d.NextAttemptAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (due is { } later)
            {
                scheduler.EnqueueDelivery(batchId, new DateTimeOffset(later, TimeSpan.Zero));
            }

            return;
        }

        var rows = await db.SubscriptionDeliveries.AsNoTracking()
            .Where(d => d.BatchId == batchId && d.Status == DeliveryState.Sending)
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.FromYear)
            .ToListAsync(cancellationToken);
        // Deleted meanwhile: its rows went with it (cascade), and nothing is sent.
        var subscription = rows.Count == 0
            ? null
            : await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == rows[0].SubscriptionId, cancellationToken);
        if (subscription is null)
        {
            return;
        }

        var attempt = rows.Max(r => r.Attempts);
        try
        {
            await SendAsync(subscription, rows, batchId, cancellationToken);
            await Finish(db, batchId).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, DeliveryState.Sent)
                    .SetProperty(d => d.SentAt, time.GetUtcNow().UtcDateTime)
                    .SetProperty(d => d.LastError, (string?)null)
                    .SetProperty(d => d.LeaseExpiresAt, (DateTime?)null),
                CancellationToken.None);
            logger.LogInformation("Delivery {Batch} ({Type}) sent on attempt {Attempt}", batchId, subscription.DeliveryType, attempt);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: hand the rows back for the next run or the next start.
            await Finish(db, batchId).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, DeliveryState.Pending).SetProperty(d => d.LeaseExpiresAt, (DateTime?)null),
                CancellationToken.None);
            throw;
        }
#pragma warning disable CA1031 // Every failure is recorded in the delivery log and retried by the outbox, not by Hangfire.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var refused = ex is WebhookRefusedException;
            var final = refused || attempt >= settings.MaxAttempts;
            var reason = Cut(refused ? ex.Message : $"{ex.GetType().Name}: {ex.Message}");
            var next = time.GetUtcNow() + RetryDelay(attempt);
            logger.LogWarning("Delivery {Batch} attempt {Attempt} failed{Final}: {Reason}", batchId, attempt, final ? " for good" : "; retrying", reason);
            await Finish(db, batchId).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, final ? DeliveryState.Failed : DeliveryState.Pending)
                    .SetProperty(d => d.LastError, reason)
                    .SetProperty(d => d.NextAttemptAt, final ? null : next.UtcDateTime)
                    .SetProperty(d => d.LeaseExpiresAt, (DateTime?)null),
                CancellationToken.None);
            if (!final)
            {
                scheduler.EnqueueDelivery(batchId, next);
            }
        }
    }

    /// <summary>The wait after attempt <paramref name="attempt"/>: the first delay, doubling, at most the maximum.</summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var settings = options.Subscriptions;
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromSeconds(settings.FirstRetryDelay.TotalSeconds * factor);
        return delay < settings.MaxRetryDelay ? delay : settings.MaxRetryDelay;
    }

    private async Task SendAsync(SubscriptionRecord subscription, List<SubscriptionDeliveryRecord> rows, Guid batchId, CancellationToken cancellationToken)
    {
        var messages = rows.Select(r => JsonSerializer.Deserialize(r.MessageJson, SubscriptionJsonContext.Default.ChangeMessage)!).ToList();
        var digest = subscription.Schedule != nameof(DeliverySchedule.Immediate);
        switch (subscription.DeliveryType)
        {
            case nameof(DeliveryType.Webhook):
                // An immediate delivery's body is the stored message as it is; a digest wraps its messages.
                var body = digest
                    ? JsonSerializer.SerializeToUtf8Bytes(new DigestMessage(subscription.Id, subscription.Schedule.ToLowerInvariant(), messages), SubscriptionJsonContext.Default.DigestMessage)
                    : Encoding.UTF8.GetBytes(rows[0].MessageJson);
                await webhooks.SendAsync(subscription.Target!, subscription.Secret, batchId, body, cancellationToken);
                break;
            case nameof(DeliveryType.Email):
                var unsubscribe = links.Unsubscribe(subscription.Id, subscription.Secret);
                var subject = digest
                    ? $"KzDiff {subscription.Schedule.ToLowerInvariant()} digest: {string.Join(", ", messages.Select(m => $"{m.CountryName} {m.From}–{m.To}"))}"
                    : messages[0].Title;
                await email.SendAsync(
                    subscription.Target!,
                    subject.Length > 200 ? subject[..199] + "…" : subject,
                    ChangeMessageText.Write(messages, unsubscribe),
                    ChangeMessageHtml.Write(messages, unsubscribe),
                    unsubscribe,
                    batchId,
                    cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"a {subscription.DeliveryType} subscription has nothing to send");
        }
    }

    private static IQueryable<SubscriptionDeliveryRecord> Finish(KzDiffDbContext db, Guid batchId) =>
        db.SubscriptionDeliveries.Where(d => d.BatchId == batchId && d.Status == DeliveryState.Sending);

    private static string Cut(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
