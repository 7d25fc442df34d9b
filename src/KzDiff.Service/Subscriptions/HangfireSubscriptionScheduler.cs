using Hangfire;

namespace KzDiff.Service.Subscriptions;

/// <inheritdoc />
public sealed class HangfireSubscriptionScheduler(IBackgroundJobClient jobs, TimeProvider time) : ISubscriptionScheduler
{
    public void EnqueueSummary(Guid editionId) =>
        jobs.Enqueue<ChangeSummaryJob>(job => job.RunAsync(editionId, CancellationToken.None));

    public void EnqueueDelivery(Guid batchId, DateTimeOffset? notBefore = null)
    {
        var wait = notBefore is { } at ? at - time.GetUtcNow() : TimeSpan.Zero;
        if (wait > TimeSpan.Zero)
        {
            jobs.Schedule<DeliveryJob>(job => job.RunAsync(batchId, CancellationToken.None), wait);
        }
        else
        {
            jobs.Enqueue<DeliveryJob>(job => job.RunAsync(batchId, CancellationToken.None));
        }
    }
}
