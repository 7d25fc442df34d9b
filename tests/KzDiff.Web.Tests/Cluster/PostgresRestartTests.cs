using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Cluster;

/// <summary>
/// PostgreSQL restarted (<c>pg_ctl restart -m fast</c>) in the middle of a batch, under a web and a
/// worker process: both reconnect and carry on, every comparison ends succeeded and computed once,
/// well within the claims' lease (nothing waits for a claim to lapse), and /health says healthy
/// again. Prints the recovery time.
/// </summary>
[NonParallelizable]
[Category("Cluster")]
public sealed class PostgresRestartTests
{
    private const int Countries = 12;

    /// <summary>The default lease: recovery must not lean on claims lapsing.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly List<ServiceProcess> processes = [];
    private ThrowawayPostgres? postgres;
    private string home = null!;

    [SetUp]
    public void SetUp()
    {
        home = Directory.CreateTempSubdirectory("kzdiff-pg-restart-").FullName;
        for (var i = 0; i < Countries; i++)
        {
            GeneratedEditions.Write(Path.Combine(home, "editions"), $"restartland{(char)('a' + i)}", 2023, 2, sentencesPerSection: 40);
        }
    }

    [TearDown]
    public void TearDown()
    {
        foreach (var process in processes)
        {
            if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
            {
                var log = process.Log;
                TestContext.Out.WriteLine($"---- {process.Address}\n{(log.Length <= 8000 ? log : log[^8000..])}");
            }

            process.Dispose();
        }

        postgres?.Dispose();
        Directory.Delete(home, recursive: true);
    }

    [Test]
    public async Task Batch_SucceedsComputedOnce_WhenPostgresRestartsMidBatch()
    {
        postgres = await ThrowawayPostgres.StartAsync();
        var web = await StartAsync("web", importAtStart: true);
        var worker = await StartAsync("worker");
        using var client = new HttpClient { BaseAddress = web.Address, Timeout = TimeSpan.FromSeconds(30) };

        using (var response = await client.PostAsJsonAsync("/api/batches", new { from = 2023, to = 2024 }))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
            var location = response.Headers.Location!.ToString();

            // Mid-batch: some done, some still to do.
            JsonElement batch = default;
            Assert.That(await WaitUntilAsync(async () => (batch = await client.GetFromJsonAsync<JsonElement>(location)).GetProperty("succeeded").GetInt32() >= 1, TimeSpan.FromSeconds(60)),
                Is.True, "no comparison of the batch succeeded");
            var total = batch.GetProperty("total").GetInt32();
            Assert.That(total, Is.EqualTo(Countries));

            var restart = Stopwatch.StartNew();
            await postgres.RestartAsync();
            var restartTime = restart.Elapsed;
            // Asked once: the first request after the restart meets pooled connections the restart cut, and
            // must be answered all the same (the store tries again on a new connection).
            int left;
            using (var first = await client.GetAsync(location))
            {
                Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the first request after the restart: " + await first.Content.ReadAsStringAsync());
                left = Countries - (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("succeeded").GetInt32();
            }

            TestContext.Out.WriteLine($"PostgreSQL restarted in {restartTime.TotalSeconds:0.0} s with {left} of {Countries} comparisons left");
            Assert.That(left, Is.GreaterThan(0), "the batch finished before the restart: make it longer");

            var recovered = Stopwatch.StartNew();
            Assert.That(
                await WaitUntilAsync(async () => (batch = await client.GetFromJsonAsync<JsonElement>(location)).GetProperty("succeeded").GetInt32() == total, Lease / 5),
                Is.True,
                $"the batch did not finish within {(Lease / 5).TotalSeconds:0} s of the restart: {batch}");
            var finishTime = recovered.Elapsed;

            foreach (var item in batch.GetProperty("items").EnumerateArray())
            {
                var view = await client.GetFromJsonAsync<JsonElement>($"/api/comparisons/{item.GetProperty("comparisonId").GetGuid()}");
                Assert.That((view.GetProperty("status").GetString(), view.GetProperty("computations").GetInt32()), Is.EqualTo(("succeeded", 1)), view.ToString());
            }

            foreach (var process in new[] { web, worker })
            {
                string? status = null;
                Assert.That(await WaitUntilAsync(async () => (status = await HealthAsync(process)) == "healthy", TimeSpan.FromSeconds(60)), Is.True,
                    $"{process.Address} /health says {status}");
            }

            TestContext.Out.WriteLine(
                $"after the restart: every comparison succeeded in {finishTime.TotalSeconds:0.0} s, both processes healthy after {recovered.Elapsed.TotalSeconds:0.0} s (lease {Lease.TotalMinutes:0} min)");
        }
    }

    private async Task<ServiceProcess> StartAsync(string role, bool importAtStart = false)
    {
        var environment = new Dictionary<string, string>
        {
            ["KzDiff__Role"] = role,
            ["KzDiff__Storage__Mode"] = "PostgreSql",
            ["KzDiff__Storage__ConnectionString"] = postgres!.ConnectionString,
            ["KzDiff__ImportEditionsAtStartup"] = importAtStart ? "true" : "false",
            ["KzDiff__Jobs__Lease"] = Lease.ToString("c"),
            ["KzDiff__Jobs__WorkerCount"] = "1",
            ["KzDiff__Jobs__WorkerName"] = $"{role}-restart",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var process = await ServiceProcess.StartAsync(home, environment, TimeSpan.FromMinutes(3));
        processes.Add(process);
        return process;
    }

    private static async Task<string?> HealthAsync(ServiceProcess process)
    {
        using var client = new HttpClient { BaseAddress = process.Address, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await client.GetAsync("/health");
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return null;
        }
    }

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await condition())
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // The web process answers 5xx while the store is away; ask again.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer while it reconnects; ask again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        return false;
    }
}
