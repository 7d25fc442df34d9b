using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KzDiff.Service.Storage.Migrations;

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgreSqlKzDiffDbContext</c> build the model without a
/// host. Adding a migration never connects, so no server has to run at this address.
/// </summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlKzDiffDbContext>
{
    public PostgreSqlKzDiffDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlKzDiffDbContext>().UseNpgsql("Host=localhost;Database=kzdiff").Options);
}
