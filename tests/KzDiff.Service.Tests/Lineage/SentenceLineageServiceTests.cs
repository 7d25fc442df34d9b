using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Service.Tests.Lineage;

public sealed class SentenceLineageServiceTests
{
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp()
    {
        store = await TestStore.CreateAsync(StorageMode.Embedded, services => services.AddSingleton<ILineageScheduler, RecordingLineageScheduler>());
        foreach (var name in new[] { "ruritania-2022.txt", "ruritania-2023.txt" })
        {
            var result = await store.Get<EditionImporter>().ImportAsync(TestData.Bytes(name), name);
            Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task RequestAsync_QueuesJobOnce_ThenServesStoredLineage()
    {
        var requests = store.Get<LineageRequests>();
        var scheduler = (RecordingLineageScheduler)store.Get<ILineageScheduler>();

        var first = await requests.RequestAsync("ruritania", 2023);
        var second = await requests.RequestAsync("Ruritania", 2023);
        Assert.That((first!.Status, second!.Status), Is.EqualTo((ComparisonState.Queued, ComparisonState.Queued)));
        Assert.That(scheduler.Enqueued, Is.EqualTo(new[] { first.Edition.Id }), "asked twice, queued once");

        await store.Get<SentenceLineageJob>().RunAsync(first.Edition.Id, CancellationToken.None);
        var done = await requests.RequestAsync("ruritania", 2023);

        Assert.That(done!.Status, Is.EqualTo(ComparisonState.Succeeded));
        var document = SentenceLineageJson.Read(done.Json!);
        Assert.That(document.Year, Is.EqualTo(2023));
        var carried = document.Items.Single(i => i.Sentence == "The constitution prohibits such practices.");
        Assert.That((carried.FirstSeen, carried.UnchangedSince), Is.EqualTo((2022, 2022)));
        Assert.That(document.Items.Any(i => i.FirstSeen == 2023), Is.True, "2023 added sentences");
    }

    [Test]
    public async Task ComputeAsync_StoresEveryYearOfTheChain_WhenComparisonStored()
    {
        var comparisons = store.Get<ComparisonService>();
        var requested = await comparisons.RequestAsync("ruritania", 2022, 2023);
        await store.Get<ComparisonJob>().RunAsync(requested.Comparison!.Id, CancellationToken.None);
        var edition = await store.Get<EditionCatalog>().FindEditionAsync("ruritania", 2023);

        await store.Get<SentenceLineageService>().ComputeAsync(edition!.Id);

        var years = await store.QueryAsync(db => db.SentenceLineages.Select(r => r.Year).OrderBy(y => y).ToListAsync());
        Assert.That(years, Is.EqualTo(new[] { 2022, 2023 }), "the first request for 2023 answers 2022 too");
    }

    [Test]
    public async Task RequestAsync_ReturnsNull_WhenYearNotStored()
    {
        Assert.That(await store.Get<LineageRequests>().RequestAsync("ruritania", 1999), Is.Null);
    }
}
