using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Service.Storage;
using KzDiff.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Web.Tests.Crash;

/// <summary>
/// Nothing is lost on a crash: comparisons accepted by a process that is SIGKILLed while its jobs
/// run are all finished by the next process, each computed exactly once, and no stored edition changes.
/// </summary>
[NonParallelizable]
public sealed class CrashRecoveryTests
{
    private const int Comparisons = 20;
    private const int FirstYear = 2000;

    private string home = null!;

    [SetUp]
    public void SetUp()
    {
        home = Directory.CreateTempSubdirectory("kzdiff-crash-").FullName;
        // Sections long enough that one worker is still busy with the comparisons when the test has asked for
        // them all and kills it (with 20 sentences a section, a quick machine finished all 20 first).
        GeneratedEditions.Write(Path.Combine(home, "editions"), "crashland", FirstYear, Comparisons + 1, sentencesPerSection: 150);
    }

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(home, recursive: true);
    }

    [Test]
    public async Task Restart_FinishesEveryComparisonExactlyOnce_WhenProcessIsKilledWhileJobsRun()
    {
        // One worker, so that most comparisons are still queued when the process dies.
        var environment = new Dictionary<string, string> { ["KzDiff__Jobs__WorkerCount"] = "1" };
        var locations = new List<string>();
        string editionsBefore;
        int unfinishedAtKill;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var first = await ServiceProcess.StartAsync(home, environment))
        using (var client = new HttpClient { BaseAddress = first.Address })
        {
            for (var year = FirstYear; year < FirstYear + Comparisons; year++)
            {
                using var response = await client.PostAsJsonAsync("/api/comparisons", new { country = "crashland", from = year, to = year + 1 });
                Assert.That((int)response.StatusCode, Is.EqualTo(202), await response.Content.ReadAsStringAsync());
                locations.Add(response.Headers.Location!.ToString());
            }

            // One worker takes comparisons in order: once the first has started, jobs are running.
            await WaitUntilAsync(async () => (await StatusesAsync(client, locations.Take(1))).Single() is "running" or "succeeded");
            TestContext.Out.WriteLine($"started and requested at {clock.ElapsedMilliseconds} ms");
            // Frozen first, so that what is counted as unfinished is what the kill interrupts.
            first.Pause();
            unfinishedAtKill = await CountAsync(db => db.Comparisons.CountAsync(c => c.Status != ComparisonState.Succeeded));
            first.Kill();
            editionsBefore = await EditionsAsync();
        }

        TestContext.Out.WriteLine($"killed at {clock.ElapsedMilliseconds} ms with {unfinishedAtKill} unfinished");
        Assert.That(unfinishedAtKill, Is.GreaterThan(0), "the kill must land while jobs are still to run");

        using (var second = await ServiceProcess.StartAsync(home, new Dictionary<string, string> { ["KzDiff__Jobs__WorkerCount"] = "2" }))
        using (var client = new HttpClient { BaseAddress = second.Address })
        {
            var finished = await WaitUntilAsync(
                async () => (await StatusesAsync(client, locations)).All(s => s == "succeeded"),
                TimeSpan.FromSeconds(120));
            Assert.That(finished, Is.True, $"not all comparisons finished after the restart:\n{second.Log}");
            TestContext.Out.WriteLine($"all finished at {clock.ElapsedMilliseconds} ms");
            var sample = await client.GetFromJsonAsync<JsonElement>(locations[^1]);
            Assert.That(sample.GetProperty("comparison").GetProperty("new").GetProperty("year").GetInt32(), Is.EqualTo(FirstYear + Comparisons));
        }

        var computations = await CountAsync(db => db.Comparisons.Select(c => c.Computations).ToListAsync());
        Assert.That(computations, Has.Count.EqualTo(Comparisons));
        Assert.That(computations, Is.All.EqualTo(1), "no comparison was computed twice");
        Assert.That(await EditionsAsync(), Is.EqualTo(editionsBefore), "no stored edition was lost or changed");
    }

    private static async Task<List<string?>> StatusesAsync(HttpClient client, IEnumerable<string> locations)
    {
        var statuses = new List<string?>();
        foreach (var location in locations)
        {
            var body = await client.GetFromJsonAsync<JsonElement>(location);
            statuses.Add(body.GetProperty("status").GetString());
        }

        return statuses;
    }

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    private async Task<string> EditionsAsync() =>
        string.Join(',', await CountAsync(db => db.Editions.OrderBy(e => e.Year).Select(e => e.Sha256 + ":" + e.Revision).ToListAsync()));

    private async Task<T> CountAsync<T>(Func<KzDiffDbContext, Task<T>> query)
    {
        var options = new DbContextOptionsBuilder<SqliteKzDiffDbContext>()
            .UseSqlite($"Data Source={Path.Combine(home, "jobs", "kzdiff.db")};Pooling=False")
            .Options;
        await using var db = new SqliteKzDiffDbContext(options);
        return await query(db);
    }
}
