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
    public async Task GetHangfireDashboard_IsRefused_WhenRequestIsNotFromLoopback()
    {
        // The in-process test server has no remote address: exactly a request that is not from loopback.
        using var response = await Client.GetAsync("/hangfire");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
