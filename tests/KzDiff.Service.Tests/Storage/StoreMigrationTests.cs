using System.Security.Cryptography;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Tests.Storage;

/// <summary>
/// Start-up migrations on both providers, from the stores that KzDiff wrote before it had migrations
/// (TestData/StoreBeforeMigrations) and from stores at an older migration.
/// </summary>
[TestFixture(StorageMode.Embedded)]
[TestFixture(StorageMode.PostgreSql)]
public sealed class StoreMigrationTests(StorageMode mode)
{
    private static readonly string[] SampleEditions = ["freedonia-2023", "freedonia-2024", "ruritania-2022", "ruritania-2023"];

    [Test]
    public async Task Initialize_KeepsEveryStoredRow_WhenStoreWasMadeBeforeMigrations()
    {
        await using var store = await TestStore.CreateAsync(mode, seed: SeedStoreBeforeMigrationsAsync);

        var editions = await store.QueryAsync(db => db.Editions.OrderBy(e => e.CountryKey).ThenBy(e => e.Year).ToListAsync());
        Assert.That(editions.Select(e => $"{e.CountryKey}-{e.Year}@{e.Revision}"), Is.EqualTo(SampleEditions.Select(e => e + "@1")));
        foreach (var edition in editions)
        {
            var content = await store.QueryAsync(db => db.EditionContents.SingleAsync(c => c.EditionId == edition.Id));
            var file = TestData.Bytes($"{edition.CountryKey}-{edition.Year}.txt");
            Assert.That(content.SourceBytes, Is.EqualTo(file), $"{edition.CountryKey} {edition.Year}: the stored text");
            Assert.That(edition.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(file))));
            Assert.That(content.TreeJson, Does.StartWith("{"));
        }

        Assert.That(await store.QueryAsync(db => db.Sections.CountAsync()), Is.EqualTo(26));
        var comparisons = await store.QueryAsync(db => db.Comparisons.OrderBy(c => c.CountryKey).ToListAsync());
        Assert.That(
            comparisons.Select(c => $"{c.CountryKey} {c.FromYear}->{c.ToYear} {c.Status} {c.Computations}"),
            Is.EqualTo(new[] { "freedonia 2023->2024 Succeeded 1", "ruritania 2022->2023 Succeeded 1" }));
        Assert.That(comparisons.Select(c => c.ResultJson), Has.All.Contains("\"sections\""));
        var batch = await store.QueryAsync(db => db.Batches.SingleAsync());
        var item = await store.QueryAsync(db => db.BatchItems.SingleAsync());
        Assert.That((batch.FromYear, batch.ToYear, item.BatchId, item.ComparisonId), Is.EqualTo((2023, 2024, batch.Id, comparisons[0].Id)));
        var log = await store.QueryAsync(db => db.ImportLog.OrderBy(l => l.Id).Select(l => l.SourceName + " " + l.Outcome).ToListAsync());
        Assert.That(log, Has.Count.EqualTo(5).And.Contains("broken.txt Failed").And.Contains("ruritania-2022.txt Imported"));
    }

    [Test]
    public async Task Initialize_RecordsEveryMigration_WhenStoreWasMadeBeforeMigrations()
    {
        await using var store = await TestStore.CreateAsync(mode, seed: SeedStoreBeforeMigrationsAsync);

        Assert.That(await StoreDatabase.AppliedMigrationsAsync(mode, store.ConnectionString), Is.EqualTo(StoreDatabase.AllMigrations(mode)));
        Assert.That(await StoreDatabase.TableExistsAsync(mode, store.ConnectionString, "schema_info"), Is.False, "replaced by the migration history");
    }

    [Test]
    public async Task Initialize_LeavesSameSchemaAsNewStore_WhenStoreWasMadeBeforeMigrations()
    {
        await using var upgraded = await TestStore.CreateAsync(mode, seed: SeedStoreBeforeMigrationsAsync);
        await using var created = await TestStore.CreateAsync(mode);

        var schema = await StoreDatabase.DescribeSchemaAsync(mode, upgraded.ConnectionString);

        Assert.That(schema, Has.Some.Contains("IX_comparisons_FromEditionId_ToEditionId_EngineVersion").And.None.Contains("schema_info"));
        Assert.That(schema, Is.EqualTo(await StoreDatabase.DescribeSchemaAsync(mode, created.ConnectionString)));
    }

    [Test]
    public async Task Initialize_StoresNewEditions_WhenStoreWasMadeBeforeMigrations()
    {
        await using var store = await TestStore.CreateAsync(mode, seed: SeedStoreBeforeMigrationsAsync);

        // New rows in tables whose keys were counting already (sections, import log) and a second revision.
        var result = await store.Get<EditionImporter>().ImportAsync(TestData.Bytes("ruritania-2023-corrected.txt"), "ruritania-2023.txt");

        Assert.That((result.Outcome, result.Edition?.Revision), Is.EqualTo((ImportOutcome.NewRevision, (int?)2)), result.Error);
        Assert.That(await store.QueryAsync(db => db.ImportLog.CountAsync()), Is.EqualTo(6));
    }

    [Test]
    public async Task InitialMigration_CreatesTheSchemaOfStoresMadeBeforeMigrations()
    {
        List<string> before = [];
        await using var old = await TestStore.CreateAsync(mode, seed: async connectionString =>
        {
            await SeedStoreBeforeMigrationsAsync(connectionString);
            before = await StoreDatabase.DescribeSchemaAsync(mode, connectionString);
        });
        List<string> initial = [];
        await using var created = await TestStore.CreateAsync(mode, seed: async connectionString =>
        {
            await StoreDatabase.MigrateToAsync(mode, connectionString, StoreDatabase.AllMigrations(mode)[0]);
            initial = await StoreDatabase.DescribeSchemaAsync(mode, connectionString);
        });

        Assert.That(before, Has.Some.Contains("schema_info"));
        Assert.That(initial, Is.EqualTo(before));
    }

    [Test]
    public async Task Initialize_AppliesLaterMigrations_WhenStoreIsAtAnOlderMigration()
    {
        var migrations = StoreDatabase.AllMigrations(mode);
        Assert.That(migrations, Has.Count.GreaterThan(1));

        await using var store = await TestStore.CreateAsync(mode, seed: async connectionString =>
        {
            await StoreDatabase.MigrateToAsync(mode, connectionString, migrations[0]);
            Assert.That(await StoreDatabase.AppliedMigrationsAsync(mode, connectionString), Is.EqualTo(migrations[..1]));
        });

        Assert.That(await StoreDatabase.AppliedMigrationsAsync(mode, store.ConnectionString), Is.EqualTo(migrations));
    }

    [Test]
    public async Task Initialize_AdoptsStoreOnce_WhenTwoProcessesStartTogether()
    {
        await using var postgres = mode == StorageMode.PostgreSql ? await TestPostgres.CreateAsync() : null;
        var folder = Directory.CreateTempSubdirectory("kzdiff-shared-store-").FullName;
        try
        {
            var connectionString = postgres?.ConnectionString ?? $"Data Source={Path.Combine(folder, "kzdiff.db")}";
            await SeedStoreBeforeMigrationsAsync(connectionString);
            var settings = new Dictionary<string, string?> { ["KzDiff:Storage:ConnectionString"] = connectionString };

            // Both adopt and migrate the same store at once; each is a process of its own here but for the pool.
            var starts = await Task.WhenAll(TestStore.CreateAsync(mode, settings: settings), TestStore.CreateAsync(mode, settings: settings));
            foreach (var start in starts)
            {
                await start.DisposeAsync();
            }

            Assert.That(await StoreDatabase.AppliedMigrationsAsync(mode, connectionString), Is.EqualTo(StoreDatabase.AllMigrations(mode)));
            Assert.That((await StoreDatabase.QueryAsync(mode, connectionString, "SELECT COUNT(*) FROM editions")).Single(), Is.EqualTo("4"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Initialize_StopsNamingStoreAndMigration_WhenNewerBuildUpgradedStore()
    {
        string? connection = null;

        // Not Assert.ThrowsAsync: it would catch the IgnoreException of a machine without PostgreSQL
        // and report the skip as a failure.
        StoreInitializationException? error = null;
        try
        {
            await using var store = await TestStore.CreateAsync(mode, seed: async connectionString =>
            {
                connection = connectionString;
                await StoreDatabase.MigrateToAsync(mode, connectionString, StoreDatabase.AllMigrations(mode)[^1]);
                await StoreDatabase.ExecuteAsync(
                    mode, connectionString, "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_FromTheFuture', '99.0.0')");
            });
        }
        catch (StoreInitializationException e)
        {
            error = e;
        }

        Assert.That(error, Is.Not.Null, "the start must stop");
        Assert.That(error!.Message, Does.Contain("29991231000000_FromTheFuture").And.Contains("newer KzDiff build"));
        Assert.That(error.Message, Does.Contain(StoreName(connection!)));
    }

    [Test]
    public async Task Initialize_StopsNamingStore_WhenSchemaInfoHasAnUnknownVersion()
    {
        string? connection = null;

        // Not Assert.ThrowsAsync: it would catch the IgnoreException of a machine without PostgreSQL
        // and report the skip as a failure.
        StoreInitializationException? error = null;
        try
        {
            await using var store = await TestStore.CreateAsync(mode, seed: async connectionString =>
            {
                connection = connectionString;
                await SeedStoreBeforeMigrationsAsync(connectionString);
                await StoreDatabase.ExecuteAsync(mode, connectionString, "UPDATE schema_info SET \"Version\" = 7");
            });
        }
        catch (StoreInitializationException e)
        {
            error = e;
        }

        Assert.That(error, Is.Not.Null, "the start must stop");
        Assert.That(error!.Message, Does.Contain("schema version 7").And.Contains(StoreName(connection!)));
    }

    private async Task SeedStoreBeforeMigrationsAsync(string connectionString) =>
        await StoreDatabase.ExecuteAsync(mode, connectionString, StoreDatabase.StoreBeforeMigrations(mode));

    private string StoreName(string connectionString) => mode == StorageMode.PostgreSql
        ? $"database \"{new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database}\""
        : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
}
