using System.Net;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

/// <summary>
/// DNS rebinding: a name the attacker controls is pointed at 127.0.0.1, and the victim's browser
/// then talks to the service as that name. Only the loopback names are answered by default.
/// </summary>
public sealed class HostFilteringTests : SharedLoopbackHostTests
{
    [TestCase("/hangfire")]
    [TestCase("/api/editions")]
    [TestCase("/")]
    public async Task Get_Returns400_WhenHostIsAForeignName(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = $"attacker.example:{Address.Port}";

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase("localhost")]
    [TestCase("127.0.0.1")]
    [TestCase("[::1]")]
    public async Task GetHangfire_AsksForSignIn_WhenHostIsALoopbackName(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Host = $"{name}:{Address.Port}";

        using var response = await Client.SendAsync(request);

        // Answered (not 400): the dashboard is there for an admin, and a reviewer is sent to sign in as one.
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden).Or.EqualTo(HttpStatusCode.Found), "the dashboard answers loopback names");
    }

    [Test]
    public async Task Get_AnswersConfiguredName_WhenAllowedHostsIsSet()
    {
        // A team server behind its own name sets AllowedHosts to that name instead.
        var host = new ApiHost(Directory.CreateTempSubdirectory("kzdiff-web-").FullName, new Dictionary<string, string?> { ["AllowedHosts"] = "kzdiff.example.org" });
        try
        {
            var address = StartOnLoopback(host);
            using var client = BrowserLikeClient(address);

            using var named = await GetAsync(client, $"kzdiff.example.org:{address.Port}");
            using var loopback = await GetAsync(client, $"localhost:{address.Port}");

            Assert.That(named.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(loopback.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the configured list replaces the default");
        }
        finally
        {
            host.Dispose();
            host.DeleteFolder();
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string hostHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/editions");
        request.Headers.Host = hostHeader;
        return await client.SendAsync(request);
    }
}
