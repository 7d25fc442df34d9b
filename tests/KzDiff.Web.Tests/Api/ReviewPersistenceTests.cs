using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Editions;
using KzDiff.Service.Comparisons;
using KzDiff.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KzDiff.Web.Tests.Api;

/// <summary>
/// Decisions are anchored to content: they survive a restart, a recomputation by a new engine
/// version and a re-import of a corrected text, each on the same store.
/// </summary>
[NonParallelizable]
public sealed class ReviewPersistenceTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("kzdiff-review-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Decisions_SurviveRestartNewEngineVersionAndReimport()
    {
        string prison, torture, firstComparison;
        using (var host = new ApiHost(folder))
        using (var client = host.CreateClient())
        {
            firstComparison = await CompareAsync(client);
            prison = await FlagAsync(client, "1,350");
            torture = await FlagAsync(client, "95 complaints");
            await DecideAsync(client, prison, "confirmed", "prison service figure");
            await DecideAsync(client, torture, "dismissed", "corrected later");
        }

        // The next build: another engine version computes the comparison again on the same store.
        using (var host = new ApiHost(folder, configureServices: services =>
        {
            services.RemoveAll<IComparisonEngine>();
            services.AddSingleton<IComparisonEngine>(new RenumberedEngine(new CoreComparisonEngine()));
        }))
        using (var client = host.CreateClient())
        {
            var recomputed = await CompareAsync(client);
            Assert.That(recomputed, Is.Not.EqualTo(firstComparison), "a new engine version is a new stored comparison");
            var flag = await client.GetFromJsonAsync<JsonElement>($"/api/flags/{prison}");
            Assert.That(flag.GetProperty("comparisonId").GetString(), Is.EqualTo(recomputed));
            Assert.That((flag.GetProperty("state").GetString(), flag.GetProperty("version").GetInt32()), Is.EqualTo(("confirmed", 1)));
            Assert.That(flag.GetProperty("decision").GetProperty("note").GetString(), Is.EqualTo("prison service figure"));
        }

        // A corrected 2023 text re-imported: its unchanged sentences keep their decisions, the corrected one is a new flag.
        using (var host = new ApiHost(folder))
        using (var client = host.CreateClient())
        {
            using var upload = new MultipartFormDataContent { { new ByteArrayContent(TestData.Bytes("ruritania-2023-corrected.txt")), "file", "ruritania-2023-corrected.txt" } };
            using var imported = await client.PostAsync("/api/editions", upload);
            Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.Created), await imported.Content.ReadAsStringAsync());
            await CompareAsync(client);

            var prisonNow = await client.GetFromJsonAsync<JsonElement>($"/api/flags/{prison}");
            Assert.That(prisonNow.GetProperty("state").GetString(), Is.EqualTo("confirmed"));
            var corrected = await FlagAsync(client, "97 complaints");
            Assert.That(corrected, Is.Not.EqualTo(torture), "other text, another flag");
            var correctedNow = await client.GetFromJsonAsync<JsonElement>($"/api/flags/{corrected}");
            Assert.That(correctedNow.GetProperty("state").GetString(), Is.EqualTo("open"));
            var history = await client.GetFromJsonAsync<JsonElement>($"/api/flags/{torture}/history");
            Assert.That(history.GetProperty("items")[0].GetProperty("state").GetString(), Is.EqualTo("dismissed"), "the old flag's history stays");
        }
    }

    private static async Task<string> CompareAsync(HttpClient client)
    {
        using var posted = await client.PostAsJsonAsync("/api/comparisons", new { country = "ruritania", from = 2022, to = 2023 });
        var done = await ApiHost.WaitForComparisonAsync(client, posted.Headers.Location!.ToString(), TimeSpan.FromSeconds(60));
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("succeeded"), done.ToString());
        return done.GetProperty("id").GetString()!;
    }

    private static async Task<string> FlagAsync(HttpClient client, string newText)
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/flags?country=ruritania&kind=number&pageSize=200");
        return body.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("new").GetString()?.Contains(newText, StringComparison.Ordinal) == true)
            .GetProperty("id").GetString()!;
    }

    private static async Task DecideAsync(HttpClient client, string flag, string state, string note)
    {
        using var response = await ReviewApiTests.DecideAsync(client, flag, state, note, 0);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The real engine under a version number of its own, as a later build would be.</summary>
    private sealed class RenumberedEngine(IComparisonEngine inner) : IComparisonEngine
    {
        public string Version => inner.Version + ".next";

        public bool UsesCorpus => inner.UsesCorpus;

        public EditionComparison Compare(Edition older, Edition newer, FlagOptions flags) => inner.Compare(older, newer, flags) with { EngineVersion = Version };

        public EditionComparison Compare(Edition older, Edition newer, FlagOptions flags, Core.Comparison.Corpus.CorpusEvidence? corpus) =>
            inner.Compare(older, newer, flags, corpus) with { EngineVersion = Version };

        public IReadOnlyList<SectionPairing> AlignSections(Edition older, Edition newer) => inner.AlignSections(older, newer);
    }
}
