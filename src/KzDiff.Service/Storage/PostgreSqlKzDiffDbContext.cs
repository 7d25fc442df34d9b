using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Storage;

/// <summary>The store on PostgreSQL (team server); its migrations are in Storage/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlKzDiffDbContext(DbContextOptions<PostgreSqlKzDiffDbContext> options) : KzDiffDbContext(options);
