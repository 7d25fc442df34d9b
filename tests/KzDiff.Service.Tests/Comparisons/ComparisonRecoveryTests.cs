using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Tests.Comparisons;

public sealed class ComparisonRecoveryTests
{
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp()
    {
        store = await TestStore.CreateAsync(StorageMode.Embedded);
        foreach (var file in new[] { "ruritania-2022.txt", "ruritania-2023.txt", "ruritania-2023-corrected.txt", "freedonia-2023.txt", "freedonia-2024.txt" })
        {
            await store.Get<EditionImporter>().ImportAsync(TestData.Bytes(file), file);
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task RecoverAsync_EnqueuesUnfinishedComparisonsAndJobRunsThem_WhenProcessDiedMidJob()
    {
        var service = store.Get<ComparisonService>();
        var running = (await service.RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        var queued = (await service.RequestAsync("freedonia", 2023, 2024)).Comparison!.Id;
        // As a process killed while computing leaves it: running, held by a run that no longer exists.
        await store.QueryAsync(db => db.Comparisons.Where(c => c.Id == running).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, ComparisonState.Running)
            .SetProperty(c => c.Attempts, 1)
            .SetProperty(c => c.LeaseOwner, "dead-process")
            .SetProperty(c => c.LeaseExpiresAt, DateTime.UtcNow.AddMinutes(5))));
        store.Scheduler.Enqueued.Clear();

        var recovered = await store.Get<ComparisonRecovery>().RecoverAsync();

        Assert.That(recovered, Is.EqualTo(2));
        Assert.That(store.Scheduler.Enqueued, Is.EquivalentTo(new[] { running, queued }));
        foreach (var id in store.Scheduler.Enqueued)
        {
            await store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);
        }

        var views = new[] { await service.GetAsync(running), await service.GetAsync(queued) };
        Assert.That(views.Select(v => v!.Status), Is.All.EqualTo(ComparisonState.Succeeded));
        Assert.That(views.Select(v => v!.Computations), Is.All.EqualTo(1));
    }
}
