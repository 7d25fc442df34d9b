using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace KzDiff.Testing;

/// <summary>
/// Refuses chosen writes to the store the way SQLite does when its disk is full (SQLITE_FULL), so
/// that tests can fill and free the disk at an exact point of a job. Reads always pass: a full disk
/// does not stop them.
/// </summary>
public sealed partial class StoreWriteFaults : DbCommandInterceptor
{
    private Func<string, bool>? refuses;
    private int errorCode = raw.SQLITE_FULL;
    private int refused;

    /// <summary>Writes refused so far.</summary>
    public int Refused => Volatile.Read(ref refused);

    /// <summary>Every later write fails with SQLITE_FULL until <see cref="FreeDisk"/>.</summary>
    public void FillDisk() => RefuseWrites(raw.SQLITE_FULL, _ => true);

    /// <summary>The writes whose SQL matches fail with <paramref name="sqliteErrorCode"/> until <see cref="FreeDisk"/>.</summary>
    public void RefuseWrites(int sqliteErrorCode, Func<string, bool> writes)
    {
        Volatile.Write(ref errorCode, sqliteErrorCode);
        Volatile.Write(ref refuses, sql => IsWrite(sql) && writes(sql));
    }

    public void FreeDisk() => Volatile.Write(ref refuses, null);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private static bool IsWrite(string sql) => WriteStatement().IsMatch(sql);

    private void Check(DbCommand command)
    {
        if (Volatile.Read(ref refuses) is { } refuse && refuse(command.CommandText))
        {
            Interlocked.Increment(ref refused);
            var code = Volatile.Read(ref errorCode);
            throw new SqliteException(
                code == raw.SQLITE_FULL ? "SQLite Error 13: 'database or disk is full'." : $"SQLite Error {code}: '{raw.sqlite3_errstr(code).utf8_to_string()}'.",
                code);
        }
    }

    [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex WriteStatement();
}
