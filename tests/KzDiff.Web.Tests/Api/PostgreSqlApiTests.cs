using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

/// <summary>The team-server mode end to end: PostgreSQL for the store and for Hangfire, and a restart in between.</summary>
[Category("PostgreSql")]
public sealed class PostgreSqlApiTests
{
    private TestPostgres postgres = null!;
    private string folder = null!;

    [SetUp]
    public async Task SetUp()
    {
        postgres = await TestPostgres.CreateAsync();
        folder = Directory.CreateTempSubdirectory("kzdiff-web-pg-").FullName;
    }

    [TearDown]
    public async Task TearDown()
    {
        // Null when SetUp skipped the test (no PostgreSQL server).
        if (postgres is { } created)
        {
            postgres = null!;
            await created.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Comparison_SucceedsAndSurvivesRestart_WhenStoreIsPostgreSql()
    {
        var settings = new Dictionary<string, string?>
        {
            ["KzDiff:Storage:Mode"] = "PostgreSql",
            ["KzDiff:Storage:ConnectionString"] = postgres.ConnectionString,
        };
        string location;
        string firstResult;
        using (var first = new ApiHost(folder, settings))
        using (var client = first.CreateClient())
        {
            using var posted = await client.PostAsJsonAsync("/api/comparisons", new { country = "ruritania", from = 2022, to = 2023 });
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            location = posted.Headers.Location!.ToString();
            var done = await ApiHost.WaitForComparisonAsync(client, location);
            Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("succeeded"), done.ToString());
            firstResult = done.GetProperty("comparison").GetRawText();
        }

        using var second = new ApiHost(folder, settings);
        using var again = second.CreateClient();
        var editions = await again.GetFromJsonAsync<JsonElement>("/api/editions");
        var stored = await again.GetFromJsonAsync<JsonElement>(location);

        Assert.That(editions.GetProperty("count").GetInt32(), Is.EqualTo(4), "the restart imported nothing twice");
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("succeeded"));
        Assert.That(stored.GetProperty("comparison").GetRawText(), Is.EqualTo(firstResult));
    }
}
