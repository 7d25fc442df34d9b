using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Corpus;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;
using KzDiff.Service.Review;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Corpus;
using KzDiff.Service.Tests.Lineage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace KzDiff.Service.Tests.Storage;

/// <summary>
/// Every place that settles a race on a unique index ("another process stored it first") meets a
/// write the store refused for another reason (an I/O error of a failing disk or a lost connection,
/// a foreign key): the error reaches the caller at once instead of being read as a race, retried
/// as one, or swallowed with nothing stored.
/// </summary>
public sealed class RefusedWriteTests
{
    private StoreWriteFaults faults = null!;
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp()
    {
        faults = new StoreWriteFaults();
        store = await TestStore.CreateAsync(StorageMode.Embedded, services =>
        {
            services.ConfigureDbContext<SqliteKzDiffDbContext>(db => db.AddInterceptors(faults));
            services.AddSingleton<ILineageScheduler, RecordingLineageScheduler>();
            services.AddSingleton<ICorpusTableScheduler, RecordingCorpusTableScheduler>();
        });
        foreach (var file in new[] { "ruritania-2022.txt", "ruritania-2023.txt" })
        {
            var result = await store.Get<EditionImporter>().ImportAsync(TestData.Bytes(file), file);
            Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task ComparisonServiceRequestAsync_Throws_WhenInsertFailsWithIoError()
    {
        RefuseInserts("comparisons");

        Assert.ThrowsAsync<DbUpdateException>(() => store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023));

        Assert.That(faults.Refused, Is.EqualTo(1), "an I/O error is not retried as a race");
        faults.FreeDisk();
        Assert.That(await store.QueryAsync(db => db.Comparisons.CountAsync()), Is.Zero);
    }

    [Test]
    public void EditionImporterImportAsync_Throws_WhenInsertFailsWithIoError()
    {
        RefuseInserts("editions");

        Assert.ThrowsAsync<DbUpdateException>(() => store.Get<EditionImporter>().ImportAsync(TestData.Bytes("freedonia-2023.txt"), "freedonia-2023.txt"));

        Assert.That(faults.Refused, Is.EqualTo(1), "an I/O error is not retried as a concurrent import");
    }

    [Test]
    public void FolderImporterImportFilesAsync_Throws_WhenBatchInsertFailsWithIoError()
    {
        RefuseInserts("editions");

        Assert.ThrowsAsync<DbUpdateException>(() => store.Get<FolderImporter>().ImportFilesAsync([TestData.PathOf("freedonia-2023.txt"), TestData.PathOf("freedonia-2024.txt")]));

        Assert.That(faults.Refused, Is.EqualTo(1), "not stored again one at a time as if another import had raced it");
    }

    [Test]
    public async Task CorpusTableServiceRequestAsync_Throws_WhenInsertFailsWithIoError()
    {
        RefuseInserts("corpus_tables");

        Assert.ThrowsAsync<DbUpdateException>(() => store.Get<CorpusTableService>().RequestAsync(2022, 2023));

        faults.FreeDisk();
        Assert.That(((RecordingCorpusTableScheduler)store.Get<ICorpusTableScheduler>()).Enqueued, Is.Empty);
        Assert.That(await store.QueryAsync(db => db.CorpusTables.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task LineageRequestsRequestAsync_Throws_WhenInsertFailsWithIoError()
    {
        RefuseInserts("sentence_lineages");

        Assert.ThrowsAsync<DbUpdateException>(() => store.Get<LineageRequests>().RequestAsync("ruritania", 2023));

        faults.FreeDisk();
        Assert.That(((RecordingLineageScheduler)store.Get<ILineageScheduler>()).Enqueued, Is.Empty);
        Assert.That(await store.QueryAsync(db => db.SentenceLineages.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task SentenceLineageServiceComputeAsync_Throws_WhenInsertFailsWithIoError()
    {
        var edition = await store.Get<EditionCatalog>().FindEditionAsync("ruritania", 2023);
        RefuseInserts("sentence_lineages");

        Assert.ThrowsAsync<DbUpdateException>(() => store.Get<SentenceLineageService>().ComputeAsync(edition!.Id));

        faults.FreeDisk();
        Assert.That(await store.QueryAsync(db => db.SentenceLineages.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ReviewServiceDecideAsync_Throws_WhenInsertFailsWithForeignKeyLikeConstraint()
    {
        await CompareAsync();
        var flag = (await store.Get<ReviewService>().ListAsync(new ReviewQuery())).Items[0];
        // SQLITE_CONSTRAINT without the unique or primary-key extension: a foreign key, NOT NULL or CHECK.
        faults.RefuseWrites(raw.SQLITE_CONSTRAINT, sql => sql.Contains("INSERT INTO \"review_decisions\"", StringComparison.Ordinal));

        Assert.ThrowsAsync<DbUpdateException>(() => store.Get<ReviewService>().DecideAsync(flag.Id, ReviewStates.Confirmed, "checked", 0, "rita"));

        faults.FreeDisk();
        Assert.That(await store.QueryAsync(db => db.ReviewDecisions.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task FlagIndexIndexAsync_Throws_WhenInsertFailsWithIoError()
    {
        var id = await CompareAsync();
        var result = await store.Get<ComparisonService>().GetResultAsync(id);
        await store.QueryAsync(db => db.ReviewFlags.ExecuteDeleteAsync());
        RefuseInserts("review_flags");

        Assert.ThrowsAsync<DbUpdateException>(() => store.Get<FlagIndex>().IndexAsync(id, result!, DateTime.UtcNow));

        Assert.That(faults.Refused, Is.EqualTo(1), "an I/O error is not retried as another process's indexing");
    }

    private void RefuseInserts(string table) =>
        faults.RefuseWrites(raw.SQLITE_IOERR, sql => sql.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal));

    private async Task<Guid> CompareAsync()
    {
        var id = (await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;
        await store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);
        Assert.That((await store.Get<ComparisonService>().GetAsync(id))!.Status, Is.EqualTo(ComparisonState.Succeeded));
        return id;
    }
}
