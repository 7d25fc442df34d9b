using System.Data.Common;
using KzDiff.Service.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using SQLitePCL;

namespace KzDiff.Service.Storage;

/// <summary>
/// Brings the store to this build's schema at start-up with EF Core migrations, one process at a
/// time: creates a new store, upgrades an older one, and adopts a store created before KzDiff had
/// migrations (it has a <c>schema_info</c> table instead of a migration history). A store it cannot
/// read, cannot write, or that a newer build has upgraded stops the start, and is left as it was.
/// </summary>
public sealed class StoreInitializer(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    KzDiffOptions options,
    ResolvedPaths paths,
    ILogger<StoreInitializer> logger)
{
    // Any constant works: it only has to be the same in every KzDiff process sharing a database.
    private const long SchemaLockKey = 0x4B7A44696666;

    /// <summary>The one schema version that stores made before migrations ever had.</summary>
    private const int SchemaVersionBeforeMigrations = 1;

    // Long enough for another process's upgrade of a large store; a timeout means something is stuck.
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            Directory.CreateDirectory(paths.JobsFolder);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new StoreInitializationException(
                $"KzDiff cannot create its jobs folder {paths.JobsFolder} ({ex.Message.TrimEnd('.')}). Give the account that runs KzDiff " +
                "write access to its parent folder, or set KzDiff:JobsFolder to a writable folder.",
                ex);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (options.Storage.Mode == StorageMode.PostgreSql)
        {
            await InitializePostgreSqlAsync(db, cancellationToken);
        }
        else
        {
            await InitializeSqliteAsync(db, cancellationToken);
        }
    }

    private async Task InitializeSqliteAsync(KzDiffDbContext db, CancellationToken cancellationToken)
    {
        var file = SqliteFile(db.Database.GetConnectionString());
        var store = file ?? "(in-memory SQLite store)";
        try
        {
            using var fileLock = file is null ? null : await AcquireFileLockAsync(file, cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                // WAL lets the web API read while a job writes; the setting is stored in the file. As the
                // first statement it is also where a file that is not a database is found out.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

                // EF's own migration lock is a row that a process killed mid-migration leaves behind, and
                // every later start would wait for it forever. The file lock is held, so it is stale.
                if (await SqliteTableExistsAsync(db, "__EFMigrationsLock", cancellationToken))
                {
                    await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\";", cancellationToken);
                }

                await AdoptStoreBeforeMigrationsAsync(db, store, t => SqliteTableExistsAsync(db, t, cancellationToken), cancellationToken);
                await MigrateAsync(db, store, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (Exception ex) when (SqliteError(ex) is { } error && IsUnreadable(error.SqliteErrorCode))
        {
            throw new StoreInitializationException(
                $"The KzDiff store {store} is not a readable SQLite database ({error.Message.TrimEnd('.')}). KzDiff has not changed it. " +
                "Restore the file from a backup, or move it (with any -wal and -shm files beside it) out of the way to start with an empty store.",
                ex);
        }
        catch (Exception ex) when (SqliteError(ex) is { } error && IsNotWritable(error.SqliteErrorCode))
        {
            throw new StoreInitializationException(
                $"KzDiff cannot write its store {store} ({error.Message.TrimEnd('.')}). Give the account that runs KzDiff write access " +
                "to the file and to its folder (SQLite keeps -wal and -shm files beside it), or set KzDiff:JobsFolder to a writable folder.",
                ex);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            // The lock file beside the store could not be created: a read-only folder or file system.
            throw new StoreInitializationException(
                $"KzDiff cannot write beside its store {store} ({ex.Message.TrimEnd('.')}). Give the account that runs KzDiff write access " +
                "to the store's folder (on a file system mounted read-write), or set KzDiff:JobsFolder to a writable folder.",
                ex);
        }
    }

    private static async Task<MigrationFileLock> AcquireFileLockAsync(string file, CancellationToken cancellationToken)
    {
        var lockFile = file + ".migrations.lock";
        try
        {
            return await MigrationFileLock.AcquireAsync(lockFile, LockTimeout, cancellationToken);
        }
        catch (IOException ex) when (MigrationFileLock.IsHeldElsewhere(ex))
        {
            throw new StoreInitializationException(
                $"Another process has been preparing the KzDiff store {file} for {LockTimeout.TotalMinutes:0} minutes (it holds {lockFile}). " +
                "Stop the other KzDiff processes using this store and start again.",
                ex);
        }
    }

    private async Task InitializePostgreSqlAsync(KzDiffDbContext db, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var store = $"database \"{connection.Database}\" on {connection.Host}:{connection.Port}";
        try
        {
            // Migrations would create the database itself when missing, but the lock needs a connection to
            // it first.
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

            // Several processes may start together against one database: one at a time adopts and
            // migrates it, the others then find nothing left to do. The lock belongs to this session.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({SchemaLockKey});", cancellationToken);
                try
                {
                    await AdoptStoreBeforeMigrationsAsync(db, store, t => PostgreSqlTableExistsAsync(db, t, cancellationToken), cancellationToken);
                    await MigrateAsync(db, store, cancellationToken);
                }
                finally
                {
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({SchemaLockKey});", CancellationToken.None);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (NpgsqlException ex)
        {
            throw new StoreInitializationException(
                $"KzDiff cannot prepare its store, {store} ({ex.Message.TrimEnd('.')}). Check that the server is running, and that " +
                "KzDiff:Storage:ConnectionString names a user who may create tables in that database.",
                ex);
        }
    }

    /// <summary>
    /// A store made before migrations holds exactly the schema of the first migration and a
    /// <c>schema_info</c> row saying version 1: record that migration as applied, so that only the
    /// later ones run and every stored row stays.
    /// </summary>
    private async Task AdoptStoreBeforeMigrationsAsync(
        KzDiffDbContext db,
        string store,
        Func<string, Task<bool>> tableExists,
        CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        if (await history.ExistsAsync(cancellationToken) && (await history.GetAppliedMigrationsAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        if (!await tableExists("schema_info"))
        {
            if (await tableExists("editions"))
            {
                throw new StoreInitializationException(
                    $"The store {store} holds KzDiff tables but neither a migration history nor a schema_info table, so KzDiff " +
                    "cannot tell which schema they have. KzDiff has not changed it. Restore it from a backup, or point KzDiff at an empty store.");
            }

            return; // A new store: the migrations create everything.
        }

        // Stores of that time write the row just after their tables; a store without it was created by the
        // same code and has the same schema.
        var version = await db.Database
            .SqlQueryRaw<int>("SELECT \"Version\" AS \"Value\" FROM schema_info WHERE \"Id\" = 1")
            .ToListAsync(cancellationToken);
        if (version.Count == 1 && version[0] != SchemaVersionBeforeMigrations)
        {
            throw new StoreInitializationException(
                $"The store {store} has schema version {version[0]} in schema_info, which no KzDiff build with migrations knows. " +
                "KzDiff has not changed it. Open it with the build that created it.");
        }

        var initial = db.Database.GetMigrations().First();
        var script = history.GetCreateIfNotExistsScript() + history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion()));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = script;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("The KzDiff store {Store} predates migrations (schema version 1); recorded it as migration {Migration}", store, initial);
    }

    private async Task MigrateAsync(KzDiffDbContext db, string store, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);

        // Asked only when the history exists: EF would otherwise log the failed query as an error on every new store.
        var history = db.GetService<IHistoryRepository>();
        var applied = await history.ExistsAsync(cancellationToken)
            ? (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToList()
            : [];
        var unknown = applied.Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new StoreInitializationException(
                $"The store {store} was upgraded by a newer KzDiff build (migration {string.Join(", ", unknown)} is unknown to this one). " +
                "KzDiff has not changed it. Run that build or a newer one; this one would misread the store.");
        }

        var pending = known.Where(m => !applied.Contains(m)).Order(StringComparer.Ordinal).ToList();

        // Even with nothing pending: the migration lock is a write, so a store that cannot be written is
        // found out at start-up rather than at the first import.
        await db.Database.MigrateAsync(cancellationToken);
        if (pending.Count > 0)
        {
            logger.LogInformation("KzDiff store {Store}: applied migrations {Migrations}", store, string.Join(", ", pending));
        }
    }

    private static async Task<bool> SqliteTableExistsAsync(KzDiffDbContext db, string table, CancellationToken cancellationToken) =>
        await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}")
            .SingleAsync(cancellationToken) > 0;

    private static async Task<bool> PostgreSqlTableExistsAsync(KzDiffDbContext db, string table, CancellationToken cancellationToken) =>
        await db.Database
            .SqlQuery<bool>($"SELECT to_regclass({table}) IS NOT NULL AS \"Value\"")
            .SingleAsync(cancellationToken);

    /// <summary>The full path of the store's file, or null for an in-memory database.</summary>
    private static string? SqliteFile(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    private static SqliteException? SqliteError(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite)
            {
                return sqlite;
            }
        }

        return null;
    }

    private static bool IsUnreadable(int code) => code is raw.SQLITE_NOTADB or raw.SQLITE_CORRUPT;

    private static bool IsNotWritable(int code) => code is raw.SQLITE_READONLY or raw.SQLITE_CANTOPEN or raw.SQLITE_PERM;
}
