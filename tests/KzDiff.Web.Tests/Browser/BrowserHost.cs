using KzDiff.Web.Ui;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KzDiff.Web.Tests.Browser;

/// <summary>
/// The web app on a real Kestrel port of 127.0.0.1 (a browser cannot reach the in-memory test
/// server) with a throwaway store. With a <see cref="FakeKzDiffBackend"/> the pages read hand-built
/// comparisons; without one they go through the real service, which imports the fictional editions
/// in Browser/Editions at start-up and runs comparisons as jobs.
/// </summary>
internal sealed class BrowserHost : WebApplicationFactory<Program>
{
    public BrowserHost(FakeKzDiffBackend? backend)
    {
        Backend = backend;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public FakeKzDiffBackend? Backend { get; }

    public static string EditionsFolder => Path.Combine(AppContext.BaseDirectory, "Browser", "Editions");

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }

    private readonly string jobsFolder = Directory.CreateTempSubdirectory("kzdiff-webui-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // A throwaway store: the fake answers the pages, but the host still opens its store and job server.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KzDiff:JobsFolder"] = jobsFolder,
            ["KzDiff:EditionsFolder"] = EditionsFolder,
            ["KzDiff:ImportEditionsAtStartup"] = Backend is null ? "true" : "false",
        }));
        if (Backend is not { } backend)
        {
            return;
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IEditionCatalogView>();
            services.RemoveAll<IComparisonView>();
            services.RemoveAll<ISectionHistoryView>();
            services.RemoveAll<IEditionUpload>();
            services.AddSingleton(backend);
            services.AddSingleton<IEditionCatalogView>(backend);
            services.AddSingleton<IComparisonView>(backend);
            services.AddSingleton<ISectionHistoryView>(backend);
            services.AddSingleton<IEditionUpload>(backend);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(jobsFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the folder is under the temp directory anyway.
            }
        }
    }
}
