using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace KzDiff.Service.Storage;

/// <summary>
/// Inserts many section rows inside the caller's transaction without EF Core's change tracking and
/// without reading back each generated id (nothing reads them): PostgreSQL's binary COPY, one
/// prepared statement for SQLite. An import of the corpus writes tens of thousands of them.
/// </summary>
internal static class SectionRowWriter
{
    private static readonly string[] Columns =
        ["EditionId", "CountryKey", "LineageId", "Path", "Title", "Key", "Level", "Ordinal", "Depth", "SentenceCount", "WordCount"];

    public static async Task WriteAsync(KzDiffDbContext db, IReadOnlyList<SectionRecord> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("section rows are written inside the transaction of their editions");
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, rows, cancellationToken);
        }
        else
        {
            await InsertAsync(connection, transaction, rows, cancellationToken);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<SectionRecord> rows, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY sections ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(row.EditionId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(row.CountryKey, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(row.LineageId, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(row.Path, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Title, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Key, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Level, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(row.Ordinal, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(row.Depth, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(row.SentenceCount, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(row.WordCount, NpgsqlDbType.Integer, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SectionRecord> rows, CancellationToken cancellationToken)
    {
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText =
            $"INSERT INTO sections ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})";
        var parameters = Columns.Select(c => command.Parameters.Add(new SqliteParameter("$" + c, null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            // As EF Core's SQLite provider stores a Guid: upper-case text, so that its queries find the rows.
            parameters[0].Value = row.EditionId.ToString("D").ToUpperInvariant();
            parameters[1].Value = row.CountryKey;
            parameters[2].Value = row.LineageId;
            parameters[3].Value = row.Path;
            parameters[4].Value = row.Title;
            parameters[5].Value = row.Key;
            parameters[6].Value = row.Level;
            parameters[7].Value = row.Ordinal;
            parameters[8].Value = row.Depth;
            parameters[9].Value = row.SentenceCount;
            parameters[10].Value = row.WordCount;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
