using KzDiff.Service.Batches;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Service.Tests.Batches;

public sealed class BatchServiceTests
{
    private StoreWriteFaults faults = null!;
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp()
    {
        faults = new StoreWriteFaults();
        store = await TestStore.CreateAsync(
            StorageMode.Embedded, services => services.ConfigureDbContext<SqliteKzDiffDbContext>(db => db.AddInterceptors(faults)));
        foreach (var file in new[] { "ruritania-2022.txt", "ruritania-2023.txt", "freedonia-2023.txt", "freedonia-2024.txt" })
        {
            await store.Get<EditionImporter>().ImportAsync(TestData.Bytes(file), file);
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task CreateAsync_ComparesOnlyCountriesWithBothYears_AndReportsProgress()
    {
        var (batch, error) = await store.Get<BatchService>().CreateAsync(2022, 2023);

        Assert.That(error, Is.Null);
        Assert.That(batch!.Items.Select(i => i.Country), Is.EqualTo(new[] { "ruritania" }));
        Assert.That((batch.Total, batch.Queued, batch.Progress, batch.IsFinished), Is.EqualTo((1, 1, 0, false)));

        await store.Get<ComparisonJob>().RunAsync(batch.Items[0].ComparisonId, CancellationToken.None);
        var done = await store.Get<BatchService>().GetAsync(batch.Id);
        Assert.That((done!.Succeeded, done.Progress, done.IsFinished), Is.EqualTo((1, 100, true)));
        Assert.That(done.Items[0].Status, Is.EqualTo(ComparisonState.Succeeded));
    }

    [Test]
    public async Task CreateAsync_ReusesComparisonsAlreadyRequested()
    {
        var single = await store.Get<ComparisonService>().RequestAsync("freedonia", 2023, 2024);

        var (batch, _) = await store.Get<BatchService>().CreateAsync(2023, 2024);

        Assert.That(batch!.Items.Single().ComparisonId, Is.EqualTo(single.Comparison!.Id));
    }

    [TestCase(2023, 2023)]
    [TestCase(2010, 2011)]
    public async Task CreateAsync_Refuses_WhenNoCountryHasBothYears(int from, int to)
    {
        var (batch, error) = await store.Get<BatchService>().CreateAsync(from, to);

        Assert.That(batch, Is.Null);
        Assert.That(error, Is.Not.Empty);
    }

    [Test]
    public async Task CreateAsync_StoresNoBatch_WhenItsItemsCannotBeStored()
    {
        // The process dies, or the store fails, between the batch and its items.
        faults.RefuseWrites(SQLitePCL.raw.SQLITE_IOERR, sql => sql.Contains("INSERT INTO \"batch_items\"", StringComparison.Ordinal));

        Assert.CatchAsync(() => store.Get<BatchService>().CreateAsync(2022, 2023));

        Assert.That(faults.Refused, Is.EqualTo(1));
        Assert.That(await store.QueryAsync(db => db.Batches.CountAsync()), Is.Zero, "a batch is stored with its items or not at all");
    }

    [Test]
    public async Task GetAsync_ReportsUnfinished_WhenBatchHasNoItems()
    {
        // What an interrupted creation left in stores of earlier builds.
        var id = Guid.NewGuid();
        await store.QueryAsync(db =>
        {
            db.Batches.Add(new BatchRecord { Id = id, FromYear = 2022, ToYear = 2023, CreatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });

        var batch = await store.Get<BatchService>().GetAsync(id);

        Assert.That((batch!.Total, batch.IsFinished, batch.Progress), Is.EqualTo((0, false, 0)));
    }
}
