using Npgsql;

namespace KzDiff.Testing;

/// <summary>
/// A fresh database on the throwaway PostgreSQL server that .ci/test.sh starts (KZDIFF_TEST_POSTGRES),
/// dropped again on dispose. Without a server the test is skipped, or fails where everything is
/// required (<see cref="TestEnvironment.RequireAllVariable"/>).
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
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
        var admin = TestEnvironment.RequirePostgres();
        var name = $"kzdiff_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true };
        return new TestPostgres(admin, name, builder.ConnectionString);
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
