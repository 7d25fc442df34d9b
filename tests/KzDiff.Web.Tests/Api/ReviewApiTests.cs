using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Service.Accounts;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

/// <summary>The review API over the sample editions: the queue, decisions (401, 403, 409, 200), history and the evidence export.</summary>
public sealed class ReviewApiTests : SharedApiHostTests
{
    private string comparisonLocation = "";
    private string viewerToken = "";

    [OneTimeSetUp]
    public async Task CompareSamples()
    {
        using var posted = await Client.PostAsJsonAsync("/api/comparisons", new { country = "ruritania", from = 2022, to = 2023 });
        comparisonLocation = posted.Headers.Location!.ToString();
        var done = await ApiHost.WaitForComparisonAsync(Client, comparisonLocation);
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("succeeded"), done.ToString());
        viewerToken = await Host.CreateUserWithTokenAsync("vera", Roles.Viewer);
    }

    [Test]
    public async Task GetFlags_ListsFlagsMostSignificantFirst_InTheDocumentedShape()
    {
        var body = await Client.GetFromJsonAsync<JsonElement>("/api/flags?country=ruritania&from=2022&to=2023&pageSize=200");

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.That(body.GetProperty("count").GetInt32(), Is.EqualTo(items.Count).And.GreaterThan(2));
        Assert.That(items.Select(i => i.GetProperty("score").GetDouble()), Is.Ordered.Descending);
        Assert.That(items[0].EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "id", "kind", "score", "explanation", "state", "version", "section", "old", "new" }));
        var torture = items.Single(i => i.GetProperty("kind").GetString() == "number" && i.GetProperty("new").GetString()!.Contains("95 complaints", StringComparison.Ordinal));
        Assert.That(torture.GetProperty("old").GetString(), Does.Contain("120 complaints"));
        Assert.That(torture.GetProperty("section").GetProperty("path").GetString(), Does.StartWith("1.c"));
        Assert.That(torture.GetProperty("comparePath").GetString(), Does.Match("^/compare/ruritania/2022\\.\\.2023#c-[0-9a-f]+"));
    }

    [Test]
    public async Task GetFlags_Returns400_WhenAFilterIsInvalid()
    {
        foreach (var query in new[] { "state=approved", "kind=rumour", "minScore=2", "from=2024&to=2020", "pageSize=1000", "section=" + new string('a', 400) })
        {
            using var response = await Client.GetAsync("/api/flags?" + query);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), query);
        }
    }

    [Test]
    public async Task Decide_Returns200WithNewVersion_AndHistoryOnlyGrows()
    {
        var flag = await FlagAsync("1,350");

        using var first = await DecideAsync(Client, flag, "confirmed", "matches the prison service's figure", 0);
        using var second = await DecideAsync(Client, flag, "needs-second-review", "the annex says 1,305", 1);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        var decided = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That((decided.GetProperty("version").GetInt32(), decided.GetProperty("state").GetString(), decided.GetProperty("decidedBy").GetString()), Is.EqualTo((2, "needs-second-review", "test-reviewer")));
        var history = await Client.GetFromJsonAsync<JsonElement>($"/api/flags/{flag}/history");
        Assert.That(history.GetProperty("items").EnumerateArray().Select(d => (d.GetProperty("version").GetInt32(), d.GetProperty("state").GetString(), d.GetProperty("note").GetString())), Is.EqualTo(new[]
        {
            (1, "confirmed", "matches the prison service's figure"),
            (2, "needs-second-review", "the annex says 1,305"),
        }));
        var now = await Client.GetFromJsonAsync<JsonElement>($"/api/flags/{flag}");
        Assert.That((now.GetProperty("state").GetString(), now.GetProperty("version").GetInt32()), Is.EqualTo(("needs-second-review", 2)));
    }

    [Test]
    public async Task Decide_Returns409WithTheCurrentDecision_WhenExpectedVersionIsStale()
    {
        var flag = await FlagAsync("blocked two news websites");
        using var first = await DecideAsync(Client, flag, "dismissed", "already reported", 0);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var stale = await DecideAsync(Client, flag, "confirmed", "new fact", 0);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(stale.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("current").GetProperty("state").GetString(), Is.EqualTo("dismissed"));
        Assert.That(problem.GetProperty("current").GetProperty("note").GetString(), Is.EqualTo("already reported"));
        Assert.That(problem.GetProperty("currentVersion").GetInt32(), Is.EqualTo(1));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("test-reviewer decided this flag first"));
    }

    [Test]
    public async Task Decide_Returns401Or403_UnlessAReviewerAsksFromHere()
    {
        var flag = await FlagAsync("95 complaints");
        using var anonymous = Host.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;
        using var viewer = Host.CreateClient();
        viewer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", viewerToken);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, $"/api/flags/{flag}/decisions")
        {
            Content = JsonContent.Create(new { state = "confirmed", note = "", expectedVersion = 0 }),
        };
        crossSite.Headers.Add("Origin", "https://attacker.example");
        var before = (await Client.GetFromJsonAsync<JsonElement>($"/api/flags/{flag}/history")).GetProperty("count").GetInt32();

        using var asAnonymous = await DecideAsync(anonymous, flag, "confirmed", "", 0);
        using var asViewer = await DecideAsync(viewer, flag, "confirmed", "", 0);
        using var fromElsewhere = await Client.SendAsync(crossSite);
        using var viewerReads = await viewer.GetAsync($"/api/flags/{flag}/history");

        Assert.That(asAnonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(asViewer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await asViewer.Content.ReadAsStringAsync(), Does.Contain("reviewer"));
        Assert.That(fromElsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(viewerReads.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var history = await viewerReads.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(history.GetProperty("count").GetInt32(), Is.EqualTo(before), "none of the refused requests decided anything");
    }

    [Test]
    public async Task Decide_Returns400Or404Or413_ForBadRequests()
    {
        var flag = await FlagAsync("95 complaints");

        using var badState = await DecideAsync(Client, flag, "approved", "", 0);
        using var longNote = await DecideAsync(Client, flag, "confirmed", new string('n', 2001), 0);
        using var unknown = await DecideAsync(Client, "0123456789abcdef0123", "confirmed", "", 0);
        using var noVersion = await Client.PostAsJsonAsync($"/api/flags/{flag}/decisions", new { state = "confirmed" });
        using var huge = await Client.PostAsync($"/api/flags/{flag}/decisions", new StringContent("{\"state\":\"confirmed\",\"note\":\"" + new string('n', 100_000) + "\",\"expectedVersion\":0}", System.Text.Encoding.UTF8, "application/json"));

        Assert.That(badState.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(longNote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await longNote.Content.ReadAsStringAsync(), Does.Contain("2000"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(noVersion.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(huge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Evidence_ExportsConfirmedFlags_AsJsonCsvAndMarkdown()
    {
        var flag = await FlagAsync("95 complaints", kind: "number");
        using var decided = await DecideAsync(Client, flag, "confirmed", "checked against the Ombudsman's annual report", 0);
        Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var evidence = comparisonLocation + "/evidence";

        var json = await Client.GetFromJsonAsync<JsonElement>(evidence + "?format=json");
        var csv = await Client.GetStringAsync(evidence + "?format=csv");
        using var markdown = await Client.GetAsync(evidence + "?format=markdown");

        var item = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("flagId").GetString() == flag);
        Assert.That(item.GetProperty("oldQuote").GetString(), Does.Contain("120 complaints"));
        Assert.That(item.GetProperty("newQuote").GetString(), Does.Contain("95 complaints"));
        Assert.That(item.GetProperty("confirmedBy").GetString(), Is.EqualTo("test-reviewer"));
        Assert.That(item.GetProperty("newSection").GetProperty("title").GetString(), Does.Contain("Torture"));
        Assert.That(json.GetProperty("new").GetProperty("address").GetString(), Does.StartWith("https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/"));
        Assert.That(csv, Does.StartWith("flag_id,kind,score,explanation,").And.Contain(flag).And.Contain("checked against the Ombudsman"));
        Assert.That(markdown.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/markdown"));
        Assert.That(await markdown.Content.ReadAsStringAsync(), Does.Contain("95 complaints").And.Contain("120 complaints").And.Contain("checked against the Ombudsman"));
    }

    [Test]
    public async Task Evidence_Returns404Or400_ForUnknownComparisonOrFormat()
    {
        using var unknown = await Client.GetAsync($"/api/comparisons/{Guid.NewGuid()}/evidence");
        using var format = await Client.GetAsync(comparisonLocation + "/evidence?format=xlsx");

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(format.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private async Task<string> FlagAsync(string newText, string? kind = null)
    {
        var body = await Client.GetFromJsonAsync<JsonElement>("/api/flags?country=ruritania&pageSize=200" + (kind is null ? "" : "&kind=" + kind));
        return body.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("new").GetString()?.Contains(newText, StringComparison.Ordinal) == true)
            .GetProperty("id").GetString()!;
    }

    internal static Task<HttpResponseMessage> DecideAsync(HttpClient client, string flag, string state, string note, int expectedVersion) =>
        client.PostAsJsonAsync($"/api/flags/{flag}/decisions", new { state, note, expectedVersion });
}
