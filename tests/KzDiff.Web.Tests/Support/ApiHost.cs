using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Service.Accounts;
using KzDiff.Service.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Web.Tests.Support;

/// <summary>
/// The whole web app in process (WebApplicationFactory) on a store of its own, with the fictional
/// editions in its editions folder so that the start-up import has something to read.
/// </summary>
internal sealed class ApiHost : WebApplicationFactory<Program>
{
    public static readonly string[] SampleEditions = ["ruritania-2022.txt", "ruritania-2023.txt", "freedonia-2023.txt", "freedonia-2024.txt"];

    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;

    public ApiHost(
        string folder,
        IDictionary<string, string?>? extraSettings = null,
        bool copySamples = true,
        Action<IServiceCollection>? configureServices = null)
    {
        this.configureServices = configureServices;
        Folder = folder;
        var editions = Path.Combine(folder, "editions");
        Directory.CreateDirectory(editions);
        if (copySamples)
        {
            foreach (var name in SampleEditions)
            {
                File.Copy(TestData.PathOf(name), Path.Combine(editions, name), overwrite: true);
            }
        }

        settings = new Dictionary<string, string?>
        {
            ["KzDiff:EditionsFolder"] = editions,
            ["KzDiff:JobsFolder"] = Path.Combine(folder, "jobs"),
            ["KzDiff:Storage:Mode"] = "Embedded",
            ["KzDiff:Storage:ConnectionString"] = "",
            ["KzDiff:Jobs:WorkerCount"] = "2",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public string Folder { get; }

    public const string Password = "correct horse battery staple";

    private string? reviewerToken;

    /// <summary>
    /// Clients from <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> call as a reviewer (a bearer token),
    /// so that tests about uploads need not each sign in; access tests remove the header.
    /// </summary>
    public string ReviewerToken => reviewerToken ??= CreateUserWithTokenAsync("test-reviewer", Roles.Reviewer).GetAwaiter().GetResult();

    /// <summary>Adds a user (password <see cref="Password"/>) and returns a new token of theirs.</summary>
    public async Task<string> CreateUserWithTokenAsync(string name, string role)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            // A second host on the same store (a restart) finds the user there already.
            var errors = (await accounts.ListAsync()).Any(u => u.Name == name) ? [] : await accounts.AddAsync(name, role, Password);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", errors));
            }
        }

        return (await Services.GetRequiredService<ApiTokens>().CreateAsync(name)).Token;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ReviewerToken);
    }

    /// <summary>A host on a store in a new temporary folder, with the sample editions.</summary>
    public static ApiHost CreateTemporary() => new(Directory.CreateTempSubdirectory("kzdiff-web-").FullName);

    /// <summary>Removes the folder of a disposed host; SQLite's pool keeps the file open until cleared.</summary>
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }

    /// <summary>Counts and hashes of everything stored, to prove that bad input changed nothing.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<KzDiffDbContext>>().CreateDbContextAsync();
        var editions = await db.Editions.OrderBy(e => e.Sha256).Select(e => e.Sha256 + ":" + e.Revision).ToListAsync();
        var comparisons = await db.Comparisons.CountAsync();
        var sections = await db.Sections.CountAsync();
        var batches = await db.Batches.CountAsync();
        return $"editions={string.Join(',', editions)}; sections={sections}; comparisons={comparisons}; batches={batches}";
    }

    /// <summary>Polls a comparison until it leaves queued and running (or the time is up).</summary>
    public static async Task<JsonElement> WaitForComparisonAsync(HttpClient client, string location, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var body = await client.GetFromJsonAsync<JsonElement>(location);
            var status = body.GetProperty("status").GetString();
            if (status is "succeeded" or "failed" || DateTime.UtcNow > deadline)
            {
                return body;
            }

            await Task.Delay(50);
        }
    }
}
