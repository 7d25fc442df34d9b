using Npgsql;

namespace KzDiff.Service.Tests.Support;

/// <summary>
/// A fresh database on the throwaway PostgreSQL server that .ci/test.sh starts (KZDIFF_TEST_POSTGRES),
/// dropped again on dispose. Tests of the team-server mode fail, never skip, when the server is missing.
/// </summary>
internal sealed class TestPostgres : IAsyncDisposable
{
    public const string EnvironmentVariable = "KZDIFF_TEST_POSTGRES";

    private readonly string adminConnectionString;

    private TestPostgres(string adminConnectionString, string name, string connectionString)
    {
        this.adminConnectionString = adminConnectionString;
        DatabaseName = name;
        ConnectionString = connectionString;
    }

    public string DatabaseName { get; }

    public string ConnectionString { get; }

    public static async Task<TestPostgres> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Fail($"{EnvironmentVariable} is not set: run the tests with `bash .ci/test.sh`, which starts a throwaway PostgreSQL and sets it");
        }

        var name = $"kzdiff_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true };
        return new TestPostgres(admin!, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
