using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Storage;

/// <summary>
/// synchronous=NORMAL on an embedded store's connection for the length of a bulk write, FULL again after.
/// </summary>
/// <remarks>
/// In WAL mode NORMAL still never corrupts the file: a power cut may only lose the last transactions,
/// which an import writes again when run again (it is idempotent). FULL waits for the disk at every
/// commit of an import's many transactions; the connection goes back to its pool with FULL again, so
/// nothing else written through it is relaxed.
/// </remarks>
internal sealed class SqliteSync : IAsyncDisposable
{
    private readonly KzDiffDbContext db;

    private SqliteSync(KzDiffDbContext db) => this.db = db;

    /// <summary>Opens the context's connection and relaxes it when it is SQLite; null for other stores.</summary>
    public static async Task<SqliteSync?> RelaxAsync(KzDiffDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.GetDbConnection() is not SqliteConnection)
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancellationToken);
        return new SqliteSync(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (db.Database.GetDbConnection().State == ConnectionState.Open)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL;");
            await db.Database.CloseConnectionAsync();
        }
    }
}
