using System.Data.Common;
using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace KzDiff.Service.Tests.Storage;

/// <summary>Raw access to a store's database, below the service: scripts, schema, migrations.</summary>
internal static class StoreDatabase
{
    /// <summary>The dump of a store made before migrations, for the mode's provider.</summary>
    public static string StoreBeforeMigrations(StorageMode mode) =>
        File.ReadAllText(Path.Combine(
            TestContext.CurrentContext.TestDirectory, "TestData", "StoreBeforeMigrations", mode == StorageMode.PostgreSql ? "postgresql.sql" : "sqlite.sql"));

    public static async Task ExecuteAsync(StorageMode mode, string connectionString, string sql)
    {
        await using var connection = Open(mode, connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<string>> QueryAsync(StorageMode mode, string connectionString, string sql)
    {
        await using var connection = Open(mode, connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i)))));
        }

        return rows;
    }

    /// <summary>Tables, columns, keys and indexes of the application schema (EF's own tables left out), one line each, sorted.</summary>
    public static async Task<List<string>> DescribeSchemaAsync(StorageMode mode, string connectionString)
    {
        var sql = mode == StorageMode.PostgreSql
            ? """
              SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || COALESCE('(' || character_maximum_length || ')', '')
                     || ' nullable=' || is_nullable || ' identity=' || is_identity || ' default=' || COALESCE(column_default, '')
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
              UNION ALL
              SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%'
              UNION ALL
              SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
              FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"\_\_EF%'
              """
            : "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE '\\_\\_EF%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
        var lines = await QueryAsync(mode, connectionString, sql);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static async Task<List<string>> AppliedMigrationsAsync(StorageMode mode, string connectionString) =>
        await QueryAsync(mode, connectionString, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"");

    /// <summary>Every migration of the provider, oldest first.</summary>
    public static List<string> AllMigrations(StorageMode mode)
    {
        using var db = Context(mode, mode == StorageMode.PostgreSql ? "Host=localhost" : "Data Source=:memory:");
        return db.Database.GetMigrations().ToList();
    }

    /// <summary>Applies the provider's migrations up to and including <paramref name="target"/>, as an older build would have.</summary>
    public static async Task MigrateToAsync(StorageMode mode, string connectionString, string target)
    {
        await using var db = Context(mode, connectionString);
        await db.GetService<IMigrator>().MigrateAsync(target);
    }

    public static async Task<bool> TableExistsAsync(StorageMode mode, string connectionString, string table)
    {
        var sql = mode == StorageMode.PostgreSql
            ? $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{table}'"
            : $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
        return (await QueryAsync(mode, connectionString, sql)).Single() != "0";
    }

    private static KzDiffDbContext Context(StorageMode mode, string connectionString) => mode == StorageMode.PostgreSql
        ? new PostgreSqlKzDiffDbContext(new DbContextOptionsBuilder<PostgreSqlKzDiffDbContext>().UseNpgsql(connectionString).Options)
        : new SqliteKzDiffDbContext(new DbContextOptionsBuilder<SqliteKzDiffDbContext>().UseSqlite(connectionString).Options);

    private static DbConnection Open(StorageMode mode, string connectionString) => mode == StorageMode.PostgreSql
        ? new NpgsqlConnection(connectionString)
        : new SqliteConnection(connectionString);
}
