namespace KzDiff.Service.Subscriptions;

/// <summary>Hands subscription work to the job system. Jobs take ids; the outbox holds the rest.</summary>
public interface ISubscriptionScheduler
{
    /// <summary>Makes the change summaries of a newly imported edition.</summary>
    void EnqueueSummary(Guid editionId);

    /// <summary>Sends one delivery (a batch of outbox rows), not before <paramref name="notBefore"/> when given.</summary>
    void EnqueueDelivery(Guid batchId, DateTimeOffset? notBefore = null);
}
