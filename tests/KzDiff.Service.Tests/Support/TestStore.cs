using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Hosting;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Service.Tests.Support;

/// <summary>
/// The service layer on a store of its own: a temporary SQLite file (embedded) or a fresh PostgreSQL
/// database (team server). Jobs are not run by Hangfire here: the scheduler records ids and the
/// tests run <see cref="ComparisonJob"/> themselves.
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly string folder;
    private readonly TestPostgres? postgres;

    private TestStore(ServiceProvider services, string folder, TestPostgres? postgres)
    {
        Services = services;
        this.folder = folder;
        this.postgres = postgres;
    }

    public ServiceProvider Services { get; }

    public RecordingScheduler Scheduler => Services.GetRequiredService<RecordingScheduler>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<TestStore> CreateAsync(
        StorageMode mode,
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null)
    {
        var postgres = mode == StorageMode.PostgreSql ? await TestPostgres.CreateAsync() : null;
        var folder = Directory.CreateTempSubdirectory("kzdiff-store-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["KzDiff:JobsFolder"] = Path.Combine(folder, "jobs"),
            ["KzDiff:EditionsFolder"] = Path.Combine(folder, "editions"),
            ["KzDiff:Storage:Mode"] = mode.ToString(),
            ["KzDiff:Storage:ConnectionString"] = postgres?.ConnectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        configure?.Invoke(services);
        services.AddKzDiffStore(folder);
        services.AddSingleton<RecordingScheduler>();
        services.AddSingleton<IComparisonScheduler>(sp => sp.GetRequiredService<RecordingScheduler>());
        services.AddKzDiffComparisons();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StoreInitializer>().InitializeAsync();
        return new TestStore(provider, folder, postgres);
    }

    public async Task<T> QueryAsync<T>(Func<KzDiffDbContext, Task<T>> query)
    {
        await using var db = await Get<IDbContextFactory<KzDiffDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }
}
