using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Hosting;
using KzDiff.Service.Lineage;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Service.Tests.Lineage;

public sealed class LineageRecoveryTests
{
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp()
    {
        store = await TestStore.CreateAsync(StorageMode.Embedded, services => services.AddSingleton<ILineageScheduler, RecordingLineageScheduler>());
        foreach (var name in new[] { "ruritania-2022.txt", "ruritania-2023.txt", "freedonia-2023.txt", "freedonia-2024.txt" })
        {
            var result = await store.Get<EditionImporter>().ImportAsync(TestData.Bytes(name), name);
            Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    private RecordingLineageScheduler Scheduler => (RecordingLineageScheduler)store.Get<ILineageScheduler>();

    [Test]
    public async Task StartAsync_RequeuesQueuedAndRunningLineagesAndJobFinishesThem_WhenProcessDiedMidJob()
    {
        var requests = store.Get<LineageRequests>();
        var running = (await requests.RequestAsync("ruritania", 2023))!.Edition.Id;
        var queued = (await requests.RequestAsync("freedonia", 2024))!.Edition.Id;
        // As a process killed while computing leaves it: the job had marked its lineage running.
        await store.Get<SentenceLineageService>().MarkRunningAsync(running);
        Assert.That((await store.Get<SentenceLineageService>().FindAsync(running))!.Status, Is.EqualTo(ComparisonState.Running));
        Scheduler.Enqueued.Clear();

        // What a new process does before it serves anything.
        await ActivatorUtilities.CreateInstance<ServiceStartup>(store.Services).StartAsync(CancellationToken.None);

        Assert.That(Scheduler.Enqueued, Is.EquivalentTo(new[] { running, queued }));
        Assert.That((await store.Get<SentenceLineageService>().FindAsync(running))!.Status, Is.EqualTo(ComparisonState.Queued));
        foreach (var id in Scheduler.Enqueued.ToList())
        {
            await store.Get<SentenceLineageJob>().RunAsync(id, CancellationToken.None);
        }

        var done = await requests.RequestAsync("ruritania", 2023);
        Assert.That(done!.Status, Is.EqualTo(ComparisonState.Succeeded));
        Assert.That((await requests.RequestAsync("freedonia", 2024))!.Status, Is.EqualTo(ComparisonState.Succeeded));
    }

    [Test]
    public async Task RecoverAsync_LeavesFinishedLineagesAlone_WhenNothingIsPending()
    {
        var requests = store.Get<LineageRequests>();
        var edition = (await requests.RequestAsync("ruritania", 2023))!.Edition.Id;
        await store.Get<SentenceLineageJob>().RunAsync(edition, CancellationToken.None);
        Scheduler.Enqueued.Clear();

        var recovered = await store.Get<LineageRecovery>().RecoverAsync();

        Assert.That(recovered, Is.Zero);
        Assert.That(Scheduler.Enqueued, Is.Empty);
        var statuses = await store.QueryAsync(db => db.SentenceLineages.Select(r => r.Status).ToListAsync());
        Assert.That(statuses, Is.Not.Empty.And.All.EqualTo(ComparisonState.Succeeded));
    }
}
