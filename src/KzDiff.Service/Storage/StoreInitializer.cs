using System.Data.Common;
using KzDiff.Service.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Storage;

/// <summary>
/// Creates the schema on first start and refuses a store written by another schema version, instead of
/// silently misreading it.
/// </summary>
public sealed class StoreInitializer(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    KzDiffOptions options,
    ResolvedPaths paths,
    ILogger<StoreInitializer> logger)
{
    // Any constant works: it only has to be the same in every KzDiff process sharing a database.
    private const long SchemaLockKey = 0x4B7A44696666;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.JobsFolder);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (options.Storage.Mode == StorageMode.PostgreSql)
        {
            await InitializePostgreSqlAsync(db, cancellationToken);
        }
        else
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
            // WAL lets the web API read while a job writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await CheckVersionAsync(db, cancellationToken);
    }

    private static async Task InitializePostgreSqlAsync(KzDiffDbContext db, CancellationToken cancellationToken)
    {
        // EnsureCreated creates the database itself when missing, so it must run before the lock.
        var creator = db.Database.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (DbException) when (creator.Exists())
            {
                // Another KzDiff process created it at the same moment.
            }
        }

        // Several processes may start together against one database: one creates the tables.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({SchemaLockKey});", cancellationToken);
            // Not HasTables: Hangfire's own schema may already be in the same database.
            var exists = await db.Database
                .SqlQueryRaw<bool>("SELECT to_regclass('schema_info') IS NOT NULL AS \"Value\"")
                .SingleAsync(cancellationToken);
            if (!exists)
            {
                await creator.CreateTablesAsync(cancellationToken);
            }

            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({SchemaLockKey});", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task CheckVersionAsync(KzDiffDbContext db, CancellationToken cancellationToken)
    {
        SchemaInfoRecord? info;
        try
        {
            info = await db.SchemaInfo.AsNoTracking().SingleOrDefaultAsync(x => x.Id == 1, cancellationToken);
        }
        catch (DbException ex)
        {
            throw new InvalidOperationException(
                "The KzDiff store exists but has no schema version: it was not created by this version of KzDiff. " +
                "Start from an empty store (embedded mode: delete jobs/kzdiff.db). " + ex.Message,
                ex);
        }

        if (info is null)
        {
            db.SchemaInfo.Add(new SchemaInfoRecord { Id = 1, Version = KzDiffDbContext.SchemaVersion, CreatedAt = DateTime.UtcNow });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A concurrent starter wrote the row first; it wrote the same version.
            }

            logger.LogInformation("Created the KzDiff store (schema version {Version})", KzDiffDbContext.SchemaVersion);
            return;
        }

        if (info.Version != KzDiffDbContext.SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The KzDiff store has schema version {info.Version} but this build needs version {KzDiffDbContext.SchemaVersion}. " +
                "Export what you need and start from an empty store (embedded mode: delete jobs/kzdiff.db).");
        }
    }
}
