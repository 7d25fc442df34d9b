using KzDiff.Service.Comparisons;
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
/// server) with a throwaway store, always through the real service. With a <see cref="SampleEngine"/>
/// the store is filled by <see cref="SampleStore"/> and the pages show hand-built comparisons;
/// without one the service imports the fictional editions in Browser/Editions at start-up and
/// compares them with the real engine.
/// </summary>
internal sealed class BrowserHost : WebApplicationFactory<Program>
{
    public BrowserHost(SampleEngine? samples, string? editionsFolder = null)
    {
        Samples = samples;
        editions = editionsFolder ?? EditionsFolder;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public SampleEngine? Samples { get; }

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

    private readonly string editions;

    private readonly string jobsFolder = Directory.CreateTempSubdirectory("kzdiff-webui-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KzDiff:JobsFolder"] = jobsFolder,
            ["KzDiff:EditionsFolder"] = editions,
            ["KzDiff:ImportEditionsAtStartup"] = Samples is null ? "true" : "false",
        }));
        if (Samples is { } samples)
        {
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IComparisonEngine>();
                services.AddSingleton<IComparisonEngine>(samples);
            });
        }
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
