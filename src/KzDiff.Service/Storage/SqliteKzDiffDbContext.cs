using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Storage;

/// <summary>The store on SQLite (embedded mode); its migrations are in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteKzDiffDbContext(DbContextOptions<SqliteKzDiffDbContext> options) : KzDiffDbContext(options);
