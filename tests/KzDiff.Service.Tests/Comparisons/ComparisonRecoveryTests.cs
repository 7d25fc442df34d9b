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
        await HoldAsync(running, "dead-process");
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

    [Test]
    public async Task RunAsync_ReturnsSoonAfterTheHolderFinishes_WhenAnotherRunHoldsTheComparison()
    {
        var service = store.Get<ComparisonService>();
        var id = (await service.RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        // As the import's job leaves it while a change summary asks for the same comparison: running,
        // held by a live run whose claim has minutes to go (the default lease is five).
        await HoldAsync(id, "live-run");

        var duplicate = store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.That(duplicate.IsCompleted, Is.False, "the duplicate waits while the claim is held");
        // The holder finishes as ComparisonJob stores a result: succeeded, counted, the claim cleared.
        await store.QueryAsync(db => db.Comparisons.Where(c => c.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, ComparisonState.Succeeded)
            .SetProperty(c => c.Computations, 1)
            .SetProperty(c => c.LeaseOwner, (string?)null)
            .SetProperty(c => c.LeaseExpiresAt, (DateTime?)null)));

        // It slept a quarter lease (75 s) between looks before; now the looks are at most 5 s apart.
        var returned = await Task.WhenAny(duplicate, Task.Delay(TimeSpan.FromSeconds(20))) == duplicate;
        Assert.That(returned, Is.True, "the duplicate returned within 20 s of the holder finishing");
        var view = await service.GetAsync(id);
        Assert.That(view!.Status, Is.EqualTo(ComparisonState.Succeeded));
        Assert.That(view.Computations, Is.EqualTo(1), "the duplicate did not compute it again");
    }

    /// <summary>Marks the comparison running under <paramref name="owner"/>'s claim, five minutes from lapsing (the default lease).</summary>
    private Task<int> HoldAsync(Guid id, string owner) =>
        store.QueryAsync(db => db.Comparisons.Where(c => c.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, ComparisonState.Running)
            .SetProperty(c => c.Attempts, 1)
            .SetProperty(c => c.LeaseOwner, owner)
            .SetProperty(c => c.LeaseExpiresAt, DateTime.UtcNow.AddMinutes(5))));
}
