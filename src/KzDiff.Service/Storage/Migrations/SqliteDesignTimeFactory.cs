using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KzDiff.Service.Storage.Migrations;

/// <summary>
/// Lets <c>dotnet ef migrations add --context SqliteKzDiffDbContext</c> build the model without a host.
/// Adding a migration never opens the database, so the file named here is never created.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKzDiffDbContext>
{
    public SqliteKzDiffDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKzDiffDbContext>().UseSqlite("Data Source=kzdiff-design-time.db").Options);
}
