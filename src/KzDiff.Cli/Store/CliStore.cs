using KzDiff.Service.Configuration;
using KzDiff.Service.Hosting;
using KzDiff.Service.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KzDiff.Cli.Store;

/// <summary>
/// The same store the web service uses, opened from the command line: the repository root's
/// appsettings.json, then KzDiff__* environment variables (embedded SQLite under jobs/ by default).
/// </summary>
internal sealed class CliStore : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private CliStore(ServiceProvider services) => this.services = services;

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>A scope for the scoped services (Identity's user and role managers).</summary>
    public AsyncServiceScope CreateScope() => services.CreateAsyncScope();

    public static async Task<CliStore> OpenAsync(CancellationToken cancellationToken = default)
    {
        var root = RepositoryRoot.Locate();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging();
        collection.AddKzDiffStore(root);
        var services = collection.BuildServiceProvider();
        try
        {
            // What ValidateOnStart does in a host: a wrong setting stops the command, naming the key.
            services.GetRequiredService<IStartupValidator>().Validate();
            await services.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            await services.DisposeAsync();
            // The commands report InvalidOperationException as one line on stderr.
            throw new InvalidOperationException("invalid settings: " + e.Message, e);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }

        return new CliStore(services);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
