using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Core.Rendering;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

public sealed class ComparisonsApiTests : SharedApiHostTests
{
    [Test]
    public async Task PostComparison_Returns202AndLocation_ThenComparisonInCompareContract()
    {
        using var response = await Client.PostAsJsonAsync("/api/comparisons", new { country = "ruritania", from = 2022, to = 2023 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(accepted.GetProperty("status").GetString(), Is.AnyOf("queued", "running", "succeeded"));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/comparisons/{accepted.GetProperty("id").GetString()}"));

        var done = await ApiHost.WaitForComparisonAsync(Client, response.Headers.Location.ToString());

        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("succeeded"), done.ToString());
        Assert.That(done.GetProperty("progress").GetInt32(), Is.EqualTo(100));
        var comparison = done.GetProperty("comparison");
        Assert.That(comparison.GetProperty("old").GetProperty("year").GetInt32(), Is.EqualTo(2022));
        Assert.That(comparison.GetProperty("new").GetProperty("country").GetString(), Is.EqualTo("ruritania"));
        var sentences = comparison.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("sentences").EnumerateArray()).ToList();
        Assert.That(
            sentences.Any(s => s.GetProperty("status").GetString() == "modified" && s.GetProperty("new").GetString()!.Contains("95 complaints")),
            Is.True,
            "the changed torture count is reported");
    }

    [Test]
    public async Task GetComparison_SendsStateThenCompactCompareContract_InTheDocumentedOrder()
    {
        using var posted = await Client.PostAsJsonAsync("/api/comparisons", new { country = "ruritania", from = 2022, to = 2023 });
        var location = posted.Headers.Location!.ToString();
        await ApiHost.WaitForComparisonAsync(Client, location);

        var body = await Client.GetStringAsync(location);

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var id = root.GetProperty("id").GetString();
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "id", "country", "from", "to", "status", "progress", "error", "engineVersion", "fromEditionId", "toEditionId",
            "requestedAt", "startedAt", "completedAt", "attempts", "computations", "computedBy", "self", "comparison",
        }));
        // Computed once, by this process: its default worker name is the machine and process id.
        Assert.That(root.GetProperty("computations").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("computedBy").GetString(), Is.EqualTo($"{Environment.MachineName}:{Environment.ProcessId}"));
        Assert.That(body, Does.StartWith($"{{\"id\":\"{id}\",\"country\":\"ruritania\",\"from\":2022,\"to\":2023,\"status\":\"succeeded\",\"progress\":100,\"error\":null,"));
        Assert.That(root.GetProperty("completedAt").GetString(), Does.EndWith("Z"));
        var comparison = root.GetProperty("comparison").GetRawText();
        Assert.That(comparison, Is.EqualTo(ComparisonJson.Write(ComparisonJson.Read(comparison), indented: false)), "the stored compact contract, as kzdiff writes it");
    }

    [Test]
    public async Task PostComparison_ReturnsSameId_WhenRequestedAgain()
    {
        using var first = await Client.PostAsJsonAsync("/api/comparisons", new { country = "freedonia", from = 2023, to = 2024 });
        using var second = await Client.PostAsJsonAsync("/api/comparisons", new { country = "Freedonia", from = 2023, to = 2024 });

        Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
    }

    [Test]
    public async Task GetComparison_Returns304_WhenClientHasCurrentETag()
    {
        using var posted = await Client.PostAsJsonAsync("/api/comparisons", new { country = "ruritania", from = 2022, to = 2023 });
        var location = posted.Headers.Location!.ToString();
        await ApiHost.WaitForComparisonAsync(Client, location);
        using var full = await Client.GetAsync(location);
        using var request = new HttpRequestMessage(HttpMethod.Get, location);
        request.Headers.IfNoneMatch.Add(full.Headers.ETag!);

        using var revalidated = await Client.SendAsync(request);

        Assert.That(full.Headers.ETag, Is.Not.Null);
        Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task GetComparison_Returns404Problem_WhenIdUnknown()
    {
        using var response = await Client.GetAsync($"/api/comparisons/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType, Is.EqualTo(new MediaTypeHeaderValue("application/problem+json")));
    }

    [Test]
    public async Task PostBatch_ComparesEveryCountryWithBothYears_AndReportsProgress()
    {
        using var response = await Client.PostAsJsonAsync("/api/batches", new { from = 2023, to = 2024 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var location = response.Headers.Location!.ToString();
        JsonElement batch;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(50);
            batch = await Client.GetFromJsonAsync<JsonElement>(location);
        }
        while (!batch.GetProperty("isFinished").GetBoolean() && DateTime.UtcNow < deadline);

        Assert.That(batch.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("country").GetString()), Is.EqualTo(new[] { "freedonia" }));
        Assert.That((batch.GetProperty("succeeded").GetInt32(), batch.GetProperty("progress").GetInt32()), Is.EqualTo((1, 100)));
    }
}
