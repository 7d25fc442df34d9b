using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Hosting;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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

    /// <summary>The store's connection string (SQLite file or PostgreSQL database).</summary>
    public string ConnectionString => Get<ResolvedPaths>().ConnectionString;

    public RecordingScheduler Scheduler => Services.GetRequiredService<RecordingScheduler>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A store of its own, initialized as at start-up.</summary>
    /// <param name="mode">SQLite file or PostgreSQL database.</param>
    /// <param name="configure">Replaces services before the store's own are added.</param>
    /// <param name="settings">Configuration over the defaults of the test store.</param>
    /// <param name="seed">Writes into the empty store (given its connection string) before start-up initializes it.</param>
    public static async Task<TestStore> CreateAsync(
        StorageMode mode,
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null,
        Func<string, Task>? seed = null)
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
        provider.GetRequiredService<IStartupValidator>().Validate();
        var store = new TestStore(provider, folder, postgres);
        try
        {
            if (seed is not null)
            {
                Directory.CreateDirectory(Path.Combine(folder, "jobs"));
                await seed(store.ConnectionString);
            }

            await provider.GetRequiredService<StoreInitializer>().InitializeAsync();
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }

        return store;
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
