using Hangfire;
using Hangfire.InMemory;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Corpus;
using KzDiff.Service.Lineage;
using KzDiff.Service.Subscriptions;

namespace KzDiff.Service.Tests.Hosting;

/// <summary>Each kind of job lands on its queue, so that a worker given some queues (KzDiff:Jobs:Queues) takes only that work.</summary>
public sealed class JobQueueTests
{
    [Test]
    public void Enqueue_PutsEachJobOnItsQueue_WhenSchedulersHandJobsToHangfire()
    {
        using var storage = new InMemoryStorage();
        var client = new BackgroundJobClient(storage);

        new HangfireComparisonScheduler(client).Enqueue(Guid.NewGuid());
        new HangfireCorpusTableScheduler(client).Enqueue(Guid.NewGuid());
        new HangfireLineageScheduler(client).Enqueue(Guid.NewGuid());
        var subscriptions = new HangfireSubscriptionScheduler(client, TimeProvider.System);
        subscriptions.EnqueueSummary(Guid.NewGuid());
        subscriptions.EnqueueDelivery(Guid.NewGuid());

        var queues = storage.GetMonitoringApi().Queues().ToDictionary(q => q.Name, q => q.Length);
        Assert.That(queues, Is.EquivalentTo(new Dictionary<string, long>
        {
            [JobQueues.Comparisons] = 2,
            [JobQueues.Imports] = 1,
            [JobQueues.Notifications] = 2,
        }));
    }
}
