using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace KzDiff.Service.Tests.Storage;

/// <summary>Which refusals of each store are a unique conflict (a race to settle) and which are not, from the stores' own errors.</summary>
[TestFixture(StorageMode.Embedded)]
[TestFixture(StorageMode.PostgreSql, Category = "PostgreSql")]
public sealed class StoreErrorsTests(StorageMode mode) : StoreTests
{
    [SetUp]
    public async Task SetUp() => Store = await TestStore.CreateAsync(mode);

    [Test]
    public async Task IsUniqueConflict_IsTrue_WhenUniqueIndexRefusesSecondRow()
    {
        await InsertAsync(Table("v1"));

        var refused = await RefusedAsync(db => db.CorpusTables.Add(Table("v1")));

        Assert.That(StoreErrors.IsUniqueConflict(refused), Is.True, refused.InnerException?.Message);
    }

    [Test]
    public async Task IsUniqueConflict_IsTrue_WhenPrimaryKeyIsTaken()
    {
        var first = Table("v1");
        await InsertAsync(first);

        var refused = await RefusedAsync(db => db.CorpusTables.Add(Table("v2", first.Id)));

        Assert.That(StoreErrors.IsUniqueConflict(refused), Is.True, refused.InnerException?.Message);
    }

    [Test]
    public async Task IsUniqueConflict_IsFalse_WhenForeignKeyRefusesRow()
    {
        var refused = await RefusedAsync(db => db.Comparisons.Add(new ComparisonRecord
        {
            Id = Guid.NewGuid(),
            CountryKey = "ruritania",
            FromYear = 2022,
            ToYear = 2023,
            FromEditionId = Guid.NewGuid(),
            ToEditionId = Guid.NewGuid(),
            EngineVersion = "test",
            Status = ComparisonState.Queued,
            RequestedAt = DateTime.UtcNow,
        }));

        Assert.That(refused.InnerException?.Message, Does.Contain("FOREIGN KEY").Or.Contains("foreign key"), "the store refused the row for its foreign key");
        Assert.That(StoreErrors.IsUniqueConflict(refused), Is.False);
    }

    [Test]
    public void IsUniqueConflict_IsFalse_WhenDiskIsFullOrConstraintIsNotUnique()
    {
        var full = new DbUpdateException("refused", new SqliteException("SQLite Error 13: 'database or disk is full'.", raw.SQLITE_FULL));
        var notNull = new DbUpdateException("refused", new SqliteException("SQLite Error 19: 'NOT NULL constraint failed: corpus_tables.Version'.", raw.SQLITE_CONSTRAINT, 1299));

        Assert.That(StoreErrors.IsUniqueConflict(full), Is.False);
        Assert.That(StoreErrors.IsUniqueConflict(notNull), Is.False);
    }

    private static CorpusTableRecord Table(string version, Guid? id = null) => new()
    {
        Id = id ?? Guid.NewGuid(),
        FromYear = 2022,
        ToYear = 2023,
        Version = version,
        Status = ComparisonState.Queued,
        RequestedAt = DateTime.UtcNow,
    };

    private Task<int> InsertAsync(CorpusTableRecord record) => Store.QueryAsync(db =>
    {
        db.CorpusTables.Add(record);
        return db.SaveChangesAsync();
    });

    private async Task<DbUpdateException> RefusedAsync(Action<KzDiffDbContext> add)
    {
        // A context of its own, as a second process would have.
        var refused = await Store.QueryAsync(async db =>
        {
            add(db);
            try
            {
                await db.SaveChangesAsync();
                return null;
            }
            catch (DbUpdateException ex)
            {
                return ex;
            }
        });
        Assert.That(refused, Is.Not.Null, "the store took the row");
        return refused!;
    }
}
