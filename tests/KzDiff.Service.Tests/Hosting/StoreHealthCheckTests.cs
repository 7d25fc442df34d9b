using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Hosting;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KzDiff.Service.Tests.Hosting;

/// <summary><c>/health</c> says when work is stuck: waiting too long, or a job whose state the store refused.</summary>
public sealed class StoreHealthCheckTests
{
    private StoreWriteFaults faults = null!;
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp()
    {
        faults = new StoreWriteFaults();
        store = await TestStore.CreateAsync(
            StorageMode.Embedded,
            services => services.ConfigureDbContext<SqliteKzDiffDbContext>(db => db.AddInterceptors(faults)),
            new Dictionary<string, string?> { ["KzDiff:Health:StuckAfter"] = "00:10:00" });
        foreach (var file in new[] { "ruritania-2022.txt", "ruritania-2023.txt", "freedonia-2023.txt", "freedonia-2024.txt" })
        {
            await store.Get<EditionImporter>().ImportAsync(TestData.Bytes(file), file);
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task CheckHealthAsync_ReportsUnhealthy_UntilTheStateAJobCouldNotWriteIsWritten()
    {
        var id = (await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        faults.FillDisk();
        Assert.CatchAsync(() => store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None));

        var full = await CheckAsync();
        Assert.That(full.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(full.Description, Does.Contain("could not be written").And.Contain("disk is full"));
        Assert.That(full.Data["unwrittenJobStates"], Is.EqualTo(1));

        faults.FreeDisk();
        // Hangfire's retry of the job writes the state first.
        await store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);
        var freed = await CheckAsync();
        Assert.That(freed.Status, Is.EqualTo(HealthStatus.Healthy), freed.Description);
        Assert.That(freed.Data["unwrittenJobStates"], Is.Zero);
    }

    [Test]
    public async Task CheckHealthAsync_ReportsDegradedWithStuckComparisons_WhenWorkWaitsLongerThanThreshold()
    {
        var comparisons = store.Get<ComparisonService>();
        var stuck = (await comparisons.RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        var recent = (await comparisons.RequestAsync("freedonia", 2023, 2024)).Comparison!.Id;
        var now = DateTime.UtcNow;
        await SetRequestedAtAsync(stuck, now.AddMinutes(-20));
        await SetRequestedAtAsync(recent, now.AddMinutes(-5));

        var report = await CheckAsync();

        Assert.That(report.Status, Is.EqualTo(HealthStatus.Degraded));
        Assert.That(report.Description, Does.Contain("1 comparison").And.Contain("10 minutes"));
        Assert.That(report.Data["pendingComparisons"], Is.EqualTo(2));
        Assert.That(report.Data["stuckComparisons"], Is.EqualTo(1));
        Assert.That(report.Data["stuckAfter"], Is.EqualTo("00:10:00"));
    }

    [Test]
    public async Task CheckHealthAsync_ReportsStuck_WhenComparisonRunsLongerThanThreshold()
    {
        var id = (await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        var started = DateTime.UtcNow.AddMinutes(-11);
        await store.QueryAsync(db => db.Comparisons.Where(c => c.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Status, ComparisonState.Running)
            .SetProperty(c => c.StartedAt, started)
            .SetProperty(c => c.LeaseExpiresAt, DateTime.UtcNow.AddMinutes(5))));

        var report = await CheckAsync();

        Assert.That((report.Status, report.Data["stuckComparisons"]), Is.EqualTo((HealthStatus.Degraded, 1)));
    }

    [Test]
    public async Task CheckHealthAsync_ReportsHealthy_WhenWorkIsRecentOrDone()
    {
        var id = (await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        await store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);
        await store.Get<ComparisonService>().RequestAsync("freedonia", 2023, 2024);

        var report = await CheckAsync();

        Assert.That(report.Status, Is.EqualTo(HealthStatus.Healthy), report.Description);
        Assert.That((report.Data["pendingComparisons"], report.Data["stuckComparisons"]), Is.EqualTo((1, 0)));
    }

    private Task<int> SetRequestedAtAsync(Guid id, DateTime requestedAt) =>
        store.QueryAsync(db => db.Comparisons.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.RequestedAt, requestedAt)));

    private Task<HealthCheckResult> CheckAsync() =>
        ActivatorUtilities.CreateInstance<StoreHealthCheck>(store.Services).CheckHealthAsync(new HealthCheckContext());
}
