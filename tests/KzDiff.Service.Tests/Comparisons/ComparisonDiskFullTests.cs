using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Service.Tests.Comparisons;

/// <summary>
/// A disk that fills up while comparisons are queued or running, then has space again: every
/// comparison ends failed with the reason, and asking again computes it.
/// </summary>
public sealed class ComparisonDiskFullTests
{
    private StoreWriteFaults faults = null!;
    private HookedEngine engine = null!;
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp()
    {
        faults = new StoreWriteFaults();
        engine = new HookedEngine();
        store = await TestStore.CreateAsync(StorageMode.Embedded, services =>
        {
            services.ConfigureDbContext<SqliteKzDiffDbContext>(db => db.AddInterceptors(faults));
            services.AddSingleton<IComparisonEngine>(engine);
        });
        foreach (var file in new[] { "ruritania-2022.txt", "ruritania-2023.txt" })
        {
            await store.Get<EditionImporter>().ImportAsync(TestData.Bytes(file), file);
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task RunAsync_EndsFailedWithReason_WhenDiskFillsBeforeResultIsStored()
    {
        var id = (await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        engine.AfterCompare = faults.FillDisk;

        await RunAsHangfireAsync(id, runs: 1);
        Assert.That(faults.Refused, Is.GreaterThan(1), "the result and the state after it were refused");
        faults.FreeDisk();
        engine.AfterCompare = null;
        await RunAsHangfireAsync(id, runs: ComparisonJob.HangfireRuns - 1);

        var failed = await store.Get<ComparisonService>().GetAsync(id);
        Assert.That(failed!.Status, Is.EqualTo(ComparisonState.Failed));
        Assert.That(failed.Error, Does.Contain("disk is full"));
        Assert.That(failed.Computations, Is.Zero);
        await AssertComputedWhenAskedAgainAsync(id);
    }

    [Test]
    public async Task RetryAsync_EndsComparisonFailed_WhenDiskWasFullForEveryRunOfItsJob()
    {
        var id = (await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        faults.FillDisk();

        await RunAsHangfireAsync(id, runs: ComparisonJob.HangfireRuns);
        var states = store.Get<UnwrittenJobStates>();
        Assert.That(await states.RetryAsync(), Is.Zero, "the disk is still full");
        Assert.That(states.Pending.Single().ComparisonId, Is.EqualTo(id));
        faults.FreeDisk();
        Assert.That(await states.RetryAsync(), Is.EqualTo(1));

        Assert.That(states.Pending, Is.Empty);
        var failed = await store.Get<ComparisonService>().GetAsync(id);
        Assert.That(failed!.Status, Is.EqualTo(ComparisonState.Failed));
        Assert.That(failed.Error, Does.Contain("disk is full"));
        Assert.That(failed.Attempts, Is.Zero, "no run could claim it");
        await AssertComputedWhenAskedAgainAsync(id);
    }

    [Test]
    public async Task RetryAsync_QueuesAgain_WhenTransientFailureCouldNotBeWritten()
    {
        var id = (await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        // Not a full disk: the store refuses the result and the state after it for a while, as a
        // database restart would, and a later run may compute it.
        engine.AfterCompare = () => faults.RefuseWrites(SQLitePCL.raw.SQLITE_IOERR, _ => true);
        var job = store.Get<ComparisonJob>();
        Assert.CatchAsync(() => job.RunAsync(id, CancellationToken.None));
        faults.FreeDisk();
        engine.AfterCompare = null;

        var states = store.Get<UnwrittenJobStates>();
        Assert.That(states.Pending.Single().State, Is.EqualTo(ComparisonState.Queued));
        var enqueued = store.Scheduler.Enqueued.Count;
        Assert.That(await states.RetryAsync(), Is.EqualTo(1));

        Assert.That((await store.Get<ComparisonService>().GetAsync(id))!.Status, Is.EqualTo(ComparisonState.Queued));
        Assert.That(store.Scheduler.Enqueued, Has.Count.EqualTo(enqueued + 1), "its job may have given up: queued again");
        await job.RunAsync(id, CancellationToken.None);
        Assert.That((await store.Get<ComparisonService>().GetAsync(id))!.Status, Is.EqualTo(ComparisonState.Succeeded));
    }

    private async Task AssertComputedWhenAskedAgainAsync(Guid id)
    {
        var again = await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023);
        Assert.That((again.Comparison!.Id, again.Comparison.Status, again.Created), Is.EqualTo((id, ComparisonState.Queued, true)));
        await store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);
        var succeeded = await store.Get<ComparisonService>().GetAsync(id);
        Assert.That((succeeded!.Status, succeeded.Computations, succeeded.Error), Is.EqualTo((ComparisonState.Succeeded, 1, (string?)null)));
    }

    /// <summary>Runs the job as Hangfire does: again after each exception, at most <paramref name="runs"/> times.</summary>
    private async Task RunAsHangfireAsync(Guid id, int runs)
    {
        for (var run = 0; run < runs; run++)
        {
            try
            {
                await store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);
                return;
            }
#pragma warning disable CA1031 // Hangfire catches every exception of a job and schedules a retry.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}
