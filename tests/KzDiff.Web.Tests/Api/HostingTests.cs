using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

public sealed class HostingTests : SharedApiHostTests
{
    [Test]
    public async Task GetHealth_ReportsHealthyStoreWithEditionCount()
    {
        var body = await Client.GetFromJsonAsync<JsonElement>("/health");

        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("healthy"));
        Assert.That(body.GetProperty("checks").GetProperty("store").GetProperty("data").GetProperty("editions").GetInt32(), Is.EqualTo(4));
    }

    [Test]
    public async Task GetOpenApi_DescribesEveryApiEndpoint()
    {
        var body = await Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/comparisons", "/api/comparisons/{id}", "/api/batches", "/api/batches/{id}",
            "/api/editions", "/api/editions/{id}", "/api/countries", "/api/countries/{country}/sections/{lineageId}",
        }));
    }

    [Test]
    public async Task GetOpenApi_DescribesComparisonDocumentWithTheCompareContract()
    {
        using var body = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json"));
        var root = body.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas");

        var response = root.GetProperty("paths").GetProperty("/api/comparisons/{id}").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var document = schemas.GetProperty(response.GetProperty("$ref").GetString()!.Split('/')[^1]);

        Assert.That(document.GetProperty("properties").EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "id", "status", "progress", "self", "comparison" }));
        Assert.That(document.GetProperty("properties").GetProperty("comparison").GetRawText(), Does.Contain("ComparisonContract"));
        Assert.That(schemas.GetProperty("ComparisonContract").GetProperty("properties").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "engineVersion", "old", "new", "stats", "summary", "sections" }));
        Assert.That(schemas.GetProperty("SentenceChangeContract").GetProperty("properties").EnumerateObject().Select(p => p.Name), Does.Contain("movedFrom").And.Contain("words"));
    }

    [Test]
    public async Task GetHangfireDashboard_IsRefused_WhenCallerIsNotAnAdmin()
    {
        // The shared client calls as a reviewer.
        using var response = await Client.GetAsync("/hangfire");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
