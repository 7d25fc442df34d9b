using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Service.Tests.Comparisons;

public sealed class ComparisonJobFailureTests
{
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp()
    {
        store = await TestStore.CreateAsync(
            StorageMode.Embedded,
            services => services.AddSingleton<IComparisonEngine, ThrowingEngine>(),
            new Dictionary<string, string?> { ["KzDiff:Jobs:MaxAttempts"] = "2" });
        foreach (var file in new[] { "ruritania-2022.txt", "ruritania-2023.txt" })
        {
            await store.Get<EditionImporter>().ImportAsync(TestData.Bytes(file), file);
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task RunAsync_EndsFailedWithReason_WhenEngineAlwaysFails()
    {
        var id = (await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        var job = store.Get<ComparisonJob>();

        Assert.ThrowsAsync<InvalidOperationException>(() => job.RunAsync(id, CancellationToken.None), "the first failure is retried by Hangfire");
        var retrying = await store.Get<ComparisonService>().GetAsync(id);
        Assert.That(retrying!.Status, Is.EqualTo(ComparisonState.Queued));
        Assert.That(retrying.Error, Does.Contain("retrying"));

        Assert.DoesNotThrowAsync(() => job.RunAsync(id, CancellationToken.None), "the last attempt ends the retries");
        var failed = await store.Get<ComparisonService>().GetAsync(id);
        Assert.That(failed!.Status, Is.EqualTo(ComparisonState.Failed));
        Assert.That(failed.Error, Does.Contain("cannot align these editions"));
        Assert.That((failed.Attempts, failed.Computations), Is.EqualTo((2, 0)));

        Assert.DoesNotThrowAsync(() => job.RunAsync(id, CancellationToken.None));
        Assert.That((await store.Get<ComparisonService>().GetAsync(id))!.Attempts, Is.EqualTo(2), "a failed comparison is not run again by a stray job");
    }

    [Test]
    public async Task RequestAsync_QueuesFailedComparisonAgain_WhenAskedAgain()
    {
        var id = (await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        await store.QueryAsync(db => db.Comparisons.Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ComparisonState.Failed)));

        var again = await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023);

        Assert.That(again.Comparison!.Id, Is.EqualTo(id));
        Assert.That(again.Comparison.Status, Is.EqualTo(ComparisonState.Queued));
        Assert.That(store.Scheduler.Enqueued, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task RequestAsync_EndsFailedWithReason_WhenJobQueueRefuses()
    {
        store.Scheduler.Refusal = new InvalidOperationException("the job store is full");

        var refused = await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023);

        Assert.That(refused.Comparison!.Status, Is.EqualTo(ComparisonState.Failed), "not queued for a job that does not exist");
        Assert.That(refused.Comparison.Error, Does.Contain("could not be queued").And.Contain("the job store is full"));
        store.Scheduler.Refusal = null;
        var again = await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023);
        Assert.That((again.Comparison!.Status, again.Created), Is.EqualTo((ComparisonState.Queued, true)));
        Assert.That(store.Scheduler.Enqueued, Has.Count.EqualTo(1));
    }
}
