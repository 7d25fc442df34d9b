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
    /// <param name="samples">The sample engine, or null for the real engine.</param>
    /// <param name="editionsFolder">What to import at start-up with the real engine; the fictional editions when null.</param>
    /// <param name="jobsFolder">The store's folder, for a host that restarts on the store of an earlier one (kept on dispose); a new temporary one when null.</param>
    public BrowserHost(SampleEngine? samples, string? editionsFolder = null, string? jobsFolder = null)
    {
        Samples = samples;
        ImportFolder = editionsFolder ?? EditionsFolder;
        ownsJobsFolder = jobsFolder is null;
        this.jobsFolder = jobsFolder ?? Directory.CreateTempSubdirectory("kzdiff-webui-").FullName;
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

    private readonly string jobsFolder;
    private readonly bool ownsJobsFolder;

    /// <summary>The folder imported at start-up (with the real engine).</summary>
    public string ImportFolder { get; }

    public string JobsFolder => jobsFolder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KzDiff:JobsFolder"] = jobsFolder,
            ["KzDiff:EditionsFolder"] = ImportFolder,
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
        if (disposing && ownsJobsFolder)
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
