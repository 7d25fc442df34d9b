using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Service.Storage;
using KzDiff.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Web.Tests.Cluster;

/// <summary>
/// The team server as it is deployed: PostgreSQL, two web processes and two worker processes on
/// 127.0.0.1, the real 2023 and 2024 editions of every country. A worker SIGKILLed while it computes
/// loses nothing: its comparison is taken over by the other worker once its claim lapses, every
/// comparison ends succeeded and computed once, and a batch asked from both web processes at once is
/// the same set of comparisons. Prints the figures of issue 14: the start-up import, the batch with one
/// worker process and with two, and the take-over time.
/// </summary>
[NonParallelizable]
[Category("Cluster")]
public sealed class ClusterAcceptanceTests
{
    /// <summary>Short, so that a killed worker's job returns to the queue within the test; the minimum allowed is 10 s.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);

    /// <summary>Other terms than the configured ones make other comparisons of the same editions: the one-worker run.</summary>
    private static readonly string[] OtherTerms = ["militia", "curfew"];

    private readonly List<ServiceProcess> processes = [];
    private TestPostgres database = null!;
    private string home = null!;

    [SetUp]
    public async Task SetUp()
    {
        var corpus = TestEnvironment.RequireCorpus();
        database = await TestPostgres.CreateAsync();
        home = Directory.CreateTempSubdirectory("kzdiff-cluster-").FullName;
        var editions = Directory.CreateDirectory(Path.Combine(home, "editions")).FullName;
        // Links rather than copies: the real editions stay where they are (GUIDE: never copied).
        foreach (var year in new[] { 2023, 2024 })
        {
            foreach (var page in Directory.EnumerateFiles(Path.Combine(corpus, "state-gov", year.ToString()), "*.html"))
            {
                File.CreateSymbolicLink(Path.Combine(editions, $"{year}-{Path.GetFileName(page)}"), page);
            }
        }
    }

    [TearDown]
    public async Task TearDown()
    {
        foreach (var process in processes)
        {
            if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
            {
                TestContext.Out.WriteLine($"---- {process.Address}\n{Tail(process.Log)}");
            }

            process.Dispose();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (home is not null)
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Test]
    public async Task Batch_SucceedsComputedOnceByBothWorkers_WhenOneWorkerIsKilledAtAQuarter()
    {
        var clock = Stopwatch.StartNew();
        var webA = await StartAsync("web", importAtStart: true, TimeSpan.FromMinutes(8));
        var importTime = clock.Elapsed;
        using var clientA = new HttpClient { BaseAddress = webA.Address };
        var countries = await BothYearsAsync(clientA);
        TestContext.Out.WriteLine($"import of {countries.Count * 2} editions (2023 and 2024, every country) at start: {importTime.TotalSeconds:0.0} s");
        Assert.That(countries, Has.Count.GreaterThan(150), "the real editions hold about 190 countries with both years");

        var worker1 = await StartAsync("worker", workerName: "worker-1");
        var webB = await StartAsync("web", importAtStart: false);
        using var clientB = new HttpClient { BaseAddress = webB.Address };

        // One worker process: every country once, with other watch terms (other comparisons than the batch's).
        var single = Stopwatch.StartNew();
        var oneWorkerIds = new List<Guid>();
        foreach (var country in countries)
        {
            using var response = await clientA.PostAsJsonAsync("/api/comparisons", new { country, from = 2023, to = 2024, terms = OtherTerms });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
            oneWorkerIds.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        Assert.That(await WaitUntilAsync(async () => await CountSucceededAsync(oneWorkerIds) == oneWorkerIds.Count, TimeSpan.FromMinutes(6)), Is.True,
            "the one-worker run did not finish");
        var oneWorkerTime = single.Elapsed;
        TestContext.Out.WriteLine($"{oneWorkerIds.Count} comparisons with one worker process (1 job at a time): {oneWorkerTime.TotalSeconds:0.0} s");
        Assert.That(await QueryAsync(db => db.Comparisons.Where(c => oneWorkerIds.Contains(c.Id)).Select(c => c.ComputedBy).Distinct().ToListAsync()),
            Is.EqualTo(new[] { "worker-1" }));

        // worker-2 starts cold (its first comparison reads every stored edition for the corpus evidence),
        // so worker-1 is the one killed at a quarter: worker-2 then computes the rest, and takes over.
        await StartAsync("worker", workerName: "worker-2");

        // Two worker processes; the same batch asked from both web processes at once.
        var batchClock = Stopwatch.StartNew();
        var requests = await Task.WhenAll(
            clientA.PostAsJsonAsync("/api/batches", new { from = 2023, to = 2024 }),
            clientB.PostAsJsonAsync("/api/batches", new { from = 2023, to = 2024 }));
        var batches = new List<string>();
        foreach (var response in requests)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
            batches.Add(response.Headers.Location!.ToString());
            response.Dispose();
        }

        // SIGKILL worker-1 at a quarter done, while it holds a comparison the engine has not finished (progress
        // 30 until the engine returns). It is frozen (SIGSTOP) before the store is asked what it holds, so that it
        // cannot finish that comparison between the look and the kill; if it holds none, it is let go on.
        var batchIds = await BatchIdsAsync(clientA, batches[0]);
        List<Guid> held = [];
        var killed = await WaitUntilAsync(
            async () =>
            {
                if (await CountSucceededAsync(batchIds) * 4 < batchIds.Count || (await HeldByWorker1Async()).Count == 0)
                {
                    return false;
                }

                worker1.Pause();
                // A statement it had already sent still completes in the server; let it land before looking.
                await Task.Delay(TimeSpan.FromMilliseconds(300));
                held = await HeldByWorker1Async();
                if (held.Count == 0)
                {
                    worker1.Resume();
                }

                return held.Count > 0;
            },
            TimeSpan.FromMinutes(6),
            pause: TimeSpan.FromMilliseconds(20));
        Assert.That(killed, Is.True, "worker-1 never held a comparison after a quarter of the batch");
        worker1.Kill();
        var killedAt = batchClock.Elapsed;
        Assert.That(await HeldByWorker1Async(), Is.EqualTo(held), "what the frozen worker-1 held did not change before the kill");
        var succeededAtKill = await CountSucceededAsync(batchIds);
        TestContext.Out.WriteLine($"worker-1 killed at {killedAt.TotalSeconds:0.0} s with {succeededAtKill} succeeded, holding {held.Count}");

        var takeOver = Stopwatch.StartNew();
        Assert.That(await WaitUntilAsync(
            async () => await QueryAsync(db => db.Comparisons.CountAsync(c => held.Contains(c.Id)
                && (c.LeaseOwner!.EndsWith("@worker-2") || c.ComputedBy == "worker-2"))) == held.Count,
            Lease * 4), Is.True, "the killed worker's comparison was not taken over");
        var takenOver = takeOver.Elapsed;
        Assert.That(await WaitUntilAsync(async () => await CountSucceededAsync(held) == held.Count, TimeSpan.FromMinutes(2)), Is.True);
        var takenOverAndDone = takeOver.Elapsed;

        var finished = await WaitUntilAsync(
            async () =>
            {
                foreach (var location in batches)
                {
                    var batch = await clientA.GetFromJsonAsync<JsonElement>(location);
                    if (batch.GetProperty("queued").GetInt32() + batch.GetProperty("running").GetInt32() > 0)
                    {
                        return false;
                    }
                }

                return true;
            },
            TimeSpan.FromMinutes(6));
        Assert.That(finished, Is.True, "the batches did not finish");
        var twoWorkerTime = batchClock.Elapsed;

        var items = new List<List<Guid>>();
        foreach (var location in batches)
        {
            var batch = await clientB.GetFromJsonAsync<JsonElement>(location);
            Assert.That(batch.GetProperty("succeeded").GetInt32(), Is.EqualTo(batch.GetProperty("total").GetInt32()), batch.ToString());
            items.Add([.. batch.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("comparisonId").GetGuid()).Order()]);
        }

        Assert.That(items[0], Has.Count.EqualTo(countries.Count));
        Assert.That(items[1], Is.EqualTo(items[0]), "the two web processes asked for the same comparisons, each stored once");
        var computedBy = new Dictionary<string, int>();
        foreach (var id in items[0])
        {
            var view = await clientB.GetFromJsonAsync<JsonElement>($"/api/comparisons/{id}");
            Assert.That(view.GetProperty("status").GetString(), Is.EqualTo("succeeded"));
            Assert.That(view.GetProperty("computations").GetInt32(), Is.EqualTo(1), $"comparison {id} ({view.GetProperty("country")})");
            var by = view.GetProperty("computedBy").GetString()!;
            computedBy[by] = computedBy.GetValueOrDefault(by) + 1;
        }

        Assert.That(computedBy.Keys, Is.EquivalentTo(new[] { "worker-1", "worker-2" }), "both workers computed some");
        Assert.That(await QueryAsync(db => db.Comparisons.Where(c => held.Contains(c.Id)).Select(c => c.ComputedBy).Distinct().ToListAsync()),
            Is.EqualTo(new[] { "worker-2" }), "the killed worker's comparison was finished by the other");
        Assert.That(await QueryAsync(db => db.Comparisons.MaxAsync(c => c.Computations)), Is.EqualTo(1), "nothing in the store was computed twice");

        TestContext.Out.WriteLine(
            $"batch of {items[0].Count} comparisons asked from both web processes, two worker processes (1 job at a time each), " +
            $"one killed at a quarter: {twoWorkerTime.TotalSeconds:0.0} s; computed by {string.Join(", ", computedBy.Select(p => $"{p.Key} {p.Value}"))}");
        TestContext.Out.WriteLine(
            $"rate before the kill: {succeededAtKill / killedAt.TotalSeconds:0.00} comparisons/s with two workers, " +
            $"{oneWorkerIds.Count / oneWorkerTime.TotalSeconds:0.00} with one");
        TestContext.Out.WriteLine(
            $"killed worker's {held.Count} comparison(s) taken over after {takenOver.TotalSeconds:0.0} s (lease {Lease.TotalSeconds:0} s), " +
            $"succeeded after {takenOverAndDone.TotalSeconds:0.0} s");
    }

    /// <summary>Comparisons worker-1 holds whose engine run has not finished (progress 30 until it returns).</summary>
    private Task<List<Guid>> HeldByWorker1Async() =>
        QueryAsync(db => db.Comparisons
            .Where(c => c.Status == ComparisonState.Running && c.Progress <= 30 && c.LeaseOwner!.EndsWith("@worker-1"))
            .OrderBy(c => c.Id)
            .Select(c => c.Id).ToListAsync());

    private async Task<ServiceProcess> StartAsync(string role, bool importAtStart = false, TimeSpan? startTimeout = null, string? workerName = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["KzDiff__Role"] = role,
            ["KzDiff__Storage__Mode"] = "PostgreSql",
            ["KzDiff__Storage__ConnectionString"] = database.ConnectionString,
            ["KzDiff__ImportEditionsAtStartup"] = importAtStart ? "true" : "false",
            ["KzDiff__Jobs__Lease"] = Lease.ToString("c"),
            // One job at a time per worker process: two processes are then two cores' worth of engine runs.
            ["KzDiff__Jobs__WorkerCount"] = "1",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (workerName is not null)
        {
            environment["KzDiff__Jobs__WorkerName"] = workerName;
        }

        // Minutes, not the usual 90 s: the machine runs four KzDiff processes and PostgreSQL at once.
        var process = await ServiceProcess.StartAsync(home, environment, startTimeout ?? TimeSpan.FromMinutes(4));
        processes.Add(process);
        return process;
    }

    private static async Task<List<string>> BothYearsAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/countries");
        return [.. list.GetProperty("items").EnumerateArray()
            .Where(c => c.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToHashSet().IsSupersetOf([2023, 2024]))
            .Select(c => c.GetProperty("country").GetString()!)];
    }

    private static async Task<List<Guid>> BatchIdsAsync(HttpClient client, string location)
    {
        var batch = await client.GetFromJsonAsync<JsonElement>(location);
        return [.. batch.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("comparisonId").GetGuid())];
    }

    private Task<int> CountSucceededAsync(List<Guid> ids) =>
        QueryAsync(db => db.Comparisons.CountAsync(c => ids.Contains(c.Id) && c.Status == ComparisonState.Succeeded));

    private async Task<T> QueryAsync<T>(Func<KzDiffDbContext, Task<T>> query)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlKzDiffDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using var db = new PostgreSqlKzDiffDbContext(options);
        return await query(db);
    }

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? pause = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(pause ?? TimeSpan.FromMilliseconds(250));
        }

        return false;
    }

    private static string Tail(string log) => log.Length <= 8000 ? log : log[^8000..];
}
