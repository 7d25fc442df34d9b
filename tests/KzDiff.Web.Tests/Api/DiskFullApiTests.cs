using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Storage;
using KzDiff.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Web.Tests.Api;

/// <summary>
/// The store's disk fills up while a comparison is computed and has space again later, with the
/// whole service running (Hangfire, API, /health): no restart is needed for the comparison to end.
/// </summary>
public sealed class DiskFullApiTests
{
    [Test]
    public async Task Comparison_EndsFailedAndHealthRecovers_WhenDiskFillsThenHasSpaceAgain()
    {
        var folder = Directory.CreateTempSubdirectory("kzdiff-web-").FullName;
        var faults = new StoreWriteFaults();
        var engine = new HookedEngine { AfterCompare = faults.FillDisk };
        try
        {
            using var host = new ApiHost(
                folder,
                new Dictionary<string, string?> { ["KzDiff:Jobs:StateWriteRetry"] = "00:00:01" },
                configureServices: services =>
                {
                    services.ConfigureDbContext<SqliteKzDiffDbContext>(db => db.AddInterceptors(faults));
                    services.AddSingleton<IComparisonEngine>(engine);
                });
            using var client = host.CreateClient();

            using var posted = await client.PostAsJsonAsync("/api/comparisons", new { country = "ruritania", from = 2022, to = 2023 });
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            var location = posted.Headers.Location!.ToString();
            var (status, full) = await WaitForHealthAsync(client, "unhealthy");

            Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            var store = full.GetProperty("checks").GetProperty("store");
            Assert.That(store.GetProperty("description").GetString(), Does.Contain("could not be written"));
            Assert.That(store.GetProperty("data").GetProperty("unwrittenJobStates").GetInt32(), Is.EqualTo(1));
            Assert.That(store.GetProperty("data").GetProperty("lastWriteError").GetString(), Does.Contain("disk is full"));

            engine.AfterCompare = null;
            faults.FreeDisk();
            var failed = await ApiHost.WaitForComparisonAsync(client, location, TimeSpan.FromSeconds(60));
            Assert.That(failed.GetProperty("status").GetString(), Is.EqualTo("failed"), failed.ToString());
            Assert.That(failed.GetProperty("error").GetString(), Does.Contain("disk is full"));
            var (healthyStatus, healthy) = await WaitForHealthAsync(client, "healthy");
            Assert.That(healthyStatus, Is.EqualTo(HttpStatusCode.OK), healthy.ToString());
            Assert.That(healthy.GetProperty("checks").GetProperty("store").GetProperty("data").GetProperty("unwrittenJobStates").GetInt32(), Is.Zero);

            using var again = await client.PostAsJsonAsync("/api/comparisons", new { country = "ruritania", from = 2022, to = 2023 });
            Assert.That(again.Headers.Location!.ToString(), Is.EqualTo(location));
            var succeeded = await ApiHost.WaitForComparisonAsync(client, location, TimeSpan.FromSeconds(60));
            Assert.That(succeeded.GetProperty("status").GetString(), Is.EqualTo("succeeded"), succeeded.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Polls <c>/health</c> until it reports <paramref name="wanted"/> (or the time is up).</summary>
    private static async Task<(HttpStatusCode Status, JsonElement Body)> WaitForHealthAsync(HttpClient client, string wanted)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            using var response = await client.GetAsync("/health");
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            if (body.GetProperty("status").GetString() == wanted || DateTime.UtcNow > deadline)
            {
                return (response.StatusCode, body);
            }

            await Task.Delay(100);
        }
    }
}
