using System.Net.Http.Json;
using KzDiff.Service.Comparisons;
using KzDiff.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Web.Tests.Api;

/// <summary>A comparison that can never succeed is retried by Hangfire with back-off, then ends failed with its reason.</summary>
public sealed class FailingComparisonApiTests
{
    [Test]
    public async Task GetComparison_ShowsFailedWithReason_WhenEngineFailsOnEveryAttempt()
    {
        var folder = Directory.CreateTempSubdirectory("kzdiff-web-").FullName;
        try
        {
            using var host = new ApiHost(
                folder,
                new Dictionary<string, string?> { ["KzDiff:Jobs:MaxAttempts"] = "2" },
                configureServices: services => services.AddSingleton<IComparisonEngine, ThrowingEngine>());
            using var client = host.CreateClient();

            using var posted = await client.PostAsJsonAsync("/api/comparisons", new { country = "ruritania", from = 2022, to = 2023 });
            var done = await ApiHost.WaitForComparisonAsync(client, posted.Headers.Location!.ToString(), TimeSpan.FromSeconds(60));

            Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("failed"), done.ToString());
            Assert.That(done.GetProperty("error").GetString(), Does.Contain("cannot align these editions"));
            Assert.That(done.GetProperty("attempts").GetInt32(), Is.EqualTo(2), "retried once after a back-off, then stopped");
            using var health = await client.GetAsync("/health");
            Assert.That((int)health.StatusCode, Is.EqualTo(200));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
