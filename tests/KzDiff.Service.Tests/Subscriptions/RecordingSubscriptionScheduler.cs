using System.Collections.Concurrent;
using KzDiff.Service.Subscriptions;

namespace KzDiff.Service.Tests.Subscriptions;

/// <summary>Records what would be handed to Hangfire; the tests run the jobs themselves.</summary>
internal sealed class RecordingSubscriptionScheduler : ISubscriptionScheduler
{
    public ConcurrentQueue<Guid> Summaries { get; } = new();

    public ConcurrentQueue<Guid> Deliveries { get; } = new();

    public void EnqueueSummary(Guid editionId) => Summaries.Enqueue(editionId);

    public void EnqueueDelivery(Guid batchId, DateTimeOffset? notBefore = null) => Deliveries.Enqueue(batchId);
}
