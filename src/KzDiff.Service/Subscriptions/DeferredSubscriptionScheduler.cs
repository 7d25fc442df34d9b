namespace KzDiff.Service.Subscriptions;

/// <summary>
/// The scheduler of a process that runs no jobs (<c>kzdiff import</c>): the work stays in the store
/// (<c>change_summary_runs</c>, the outbox) and the service queues it at its next start.
/// </summary>
public sealed class DeferredSubscriptionScheduler : ISubscriptionScheduler
{
    public void EnqueueSummary(Guid editionId)
    {
    }

    public void EnqueueDelivery(Guid batchId, DateTimeOffset? notBefore = null)
    {
    }
}
