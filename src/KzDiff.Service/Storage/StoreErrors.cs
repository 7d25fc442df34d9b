using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SQLitePCL;

namespace KzDiff.Service.Storage;

/// <summary>What a store's failure means, whatever the provider that raised it.</summary>
internal static class StoreErrors
{
    // errno ENOSPC on Linux and macOS; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private const int NoSpaceErrno = 28;
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsDiskFull = unchecked((int)0x80070070);

    /// <summary>The store refused a write because its disk (or its size limit) is full; retrying soon does not help.</summary>
    public static bool IsDiskFull(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode == raw.SQLITE_FULL:
                case PostgresException postgres when postgres.SqlState == PostgresErrorCodes.DiskFull:
                case IOException io when io.HResult is NoSpaceErrno or WindowsHandleDiskFull or WindowsDiskFull:
                    return true;
            }
        }

        return false;
    }

    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY; SQLITE_CONSTRAINT also covers foreign keys, NOT NULL and CHECK.
    private const int SqliteUniqueConstraint = 2067;
    private const int SqlitePrimaryKeyConstraint = 1555;

    /// <summary>
    /// The write was refused because a unique index or primary key already holds its key: another
    /// process (or request) stored the same row first, a race the caller may settle by reading theirs.
    /// Any other refusal (a full disk, a foreign key, a lost connection) is no race and must not be
    /// read as one.
    /// </summary>
    public static bool IsUniqueConflict(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteExtendedErrorCode is SqliteUniqueConstraint or SqlitePrimaryKeyConstraint:
                    return true;
                // Without an extended code (a wrapper that only kept the primary one), SQLite's own words tell.
                case SqliteException sqlite when sqlite.SqliteExtendedErrorCode == raw.SQLITE_CONSTRAINT
                    && (sqlite.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal)
                        || sqlite.Message.Contains("PRIMARY KEY", StringComparison.Ordinal)):
                    return true;
                case PostgresException postgres when postgres.SqlState == PostgresErrorCodes.UniqueViolation:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The innermost message of a store failure: the provider's own words ("database or disk is full").</summary>
    public static string Describe(Exception exception)
    {
        var provider = exception;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or IOException)
            {
                provider = e;
            }
        }

        return provider.Message.TrimEnd('.');
    }
}
