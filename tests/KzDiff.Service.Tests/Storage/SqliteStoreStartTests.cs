using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Tests.Storage;

/// <summary>Start-up of the embedded store on a new file and on files that are not what they should be.</summary>
public sealed class SqliteStoreStartTests
{
    private string folder = null!;
    private string file = null!;

    [SetUp]
    public void SetUp()
    {
        folder = Directory.CreateTempSubdirectory("kzdiff-sqlite-start-").FullName;
        file = Path.Combine(folder, "kzdiff.db");
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Initialize_StopsNamingFileAndLeavesItAlone_WhenFileIsNotADatabase()
    {
        var garbage = "This is a note someone saved over the store, not a SQLite database. "u8.ToArray();
        await File.WriteAllBytesAsync(file, [.. Enumerable.Repeat(garbage, 100).SelectMany(b => b)]);
        var before = await File.ReadAllBytesAsync(file);

        var error = Assert.ThrowsAsync<StoreInitializationException>(() => StartAsync($"Data Source={file}"));

        Assert.That(error!.Message, Does.Contain(file).And.Contains("not a readable SQLite database").And.Contains("backup"));
        Assert.That(await File.ReadAllBytesAsync(file), Is.EqualTo(before));
    }

    [Test]
    public async Task Initialize_StopsNamingFile_WhenStoreCannotBeWritten()
    {
        await StoreDatabase.ExecuteAsync(StorageMode.Embedded, $"Data Source={file}", StoreDatabase.StoreBeforeMigrations(StorageMode.Embedded));

        // Root may write any file whatever its mode bits, so the tests open the store read-only instead.
        var error = Assert.ThrowsAsync<StoreInitializationException>(() => StartAsync($"Data Source={file};Mode=ReadOnly"));

        Assert.That(error!.Message, Does.Contain(file).And.Contains("cannot write").And.Contains("write access"));
    }

    [Test]
    public async Task Initialize_StopsNamingFileAndLeavesItAlone_WhenDatabasePagesAreCorrupt()
    {
        await StartAsync($"Data Source={file}");
        SqliteConnection.ClearAllPools();
        // The header and first page stay: the file still says it is a SQLite database.
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.That(bytes, Has.Length.GreaterThan(8192), "a store of several pages");
        Array.Fill(bytes, (byte)0x5A, 4096, bytes.Length - 4096);
        await File.WriteAllBytesAsync(file, bytes);

        var error = Assert.ThrowsAsync<StoreInitializationException>(() => StartAsync($"Data Source={file}"));

        Assert.That(error!.Message, Does.Contain(file).And.Contains("not a readable SQLite database").And.Contains("backup"));
        Assert.That(await File.ReadAllBytesAsync(file), Is.EqualTo(bytes));
    }

    [Test]
    public async Task Initialize_StopsNamingFileAtOnce_WhenStoreIsOnReadOnlyFileSystem()
    {
        using var readOnly = ReadOnlyFolder.Create(folder);
        var store = Path.Combine(readOnly.Path, "kzdiff.db");
        await StartAsync($"Data Source={store}");
        SqliteConnection.ClearAllPools();
        readOnly.MakeReadOnly();

        // Not ten minutes of waiting for the lock file, as if another process held it.
        var error = Assert.ThrowsAsync<StoreInitializationException>(() => StartAsync($"Data Source={store}").WaitAsync(TimeSpan.FromMinutes(1)));

        Assert.That(error!.Message, Does.Contain(store).And.Contains("cannot write").And.Contains("write access"));
    }

    [Test]
    public async Task Initialize_CreatesEmptyStoreAtEveryMigration_WhenFileIsNew()
    {
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded, settings: new Dictionary<string, string?>
        {
            ["KzDiff:Storage:ConnectionString"] = $"Data Source={file}",
        });

        Assert.That(await store.QueryAsync(db => db.Editions.CountAsync()), Is.Zero);
        Assert.That(
            await StoreDatabase.AppliedMigrationsAsync(StorageMode.Embedded, $"Data Source={file}"),
            Is.EqualTo(StoreDatabase.AllMigrations(StorageMode.Embedded)));
        Assert.That(
            await StoreDatabase.QueryAsync(StorageMode.Embedded, $"Data Source={file}", "PRAGMA journal_mode"),
            Is.EqualTo(new[] { "wal" }));
    }

    private static async Task StartAsync(string connectionString)
    {
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded, settings: new Dictionary<string, string?>
        {
            ["KzDiff:Storage:ConnectionString"] = connectionString,
        });
    }
}
