using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KzDiff.Service.Accounts;
using KzDiff.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Web.Tests.Access;

/// <summary>
/// Who may call what, on a real Kestrel host with reading open (the default): every state-changing
/// or admin endpoint against anonymous callers and each role, by bearer token.
/// </summary>
public sealed class AccessTests : SharedLoopbackHostTests
{
    private readonly Dictionary<string, string> tokens = [];
    private int uploads;

    /// <summary>Every endpoint that changes state or shows accounts and jobs, with the weakest role that may call it ("" = anyone).</summary>
    private static readonly object[] Endpoints =
    [
        new object[] { "POST", "/api/editions", Roles.Reviewer },
        new object[] { "POST", "/api/comparisons", "" },
        new object[] { "POST", "/api/batches", "" },
        new object[] { "GET", "/api/users", Roles.Admin },
        new object[] { "GET", "/hangfire", Roles.Admin },
    ];

    [OneTimeSetUp]
    public async Task CreateUsers()
    {
        foreach (var role in Roles.All)
        {
            tokens[role] = await Host.CreateUserWithTokenAsync($"{role}-user", role);
        }
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Endpoint_Answers401Or403Or2xx_ByCallerRole(string method, string path, string weakestRole)
    {
        foreach (var caller in new[] { "" }.Concat(Roles.All))
        {
            using var client = BrowserLikeClient(Address);
            if (caller.Length > 0)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[caller]);
            }

            using var response = await client.SendAsync(Request(method, path));
            var allowed = weakestRole.Length == 0 || (caller.Length > 0 && Roles.AtLeast(weakestRole).Contains(caller));
            // A page (the dashboard) sends an anonymous browser to the sign-in page instead of answering 401.
            var isApi = path.StartsWith("/api", StringComparison.Ordinal);
            var expected = allowed ? "2xx" : caller.Length > 0 ? "403" : isApi ? "401" : "302";
            var actual = (int)response.StatusCode is >= 200 and < 300 ? "2xx" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(actual, Is.EqualTo(expected), $"{method} {path} as {(caller.Length == 0 ? "anonymous" : caller)}: {await response.Content.ReadAsStringAsync()}");
            if (!allowed && isApi)
            {
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{path} as {caller}");
            }
        }
    }

    [Test]
    public async Task Upload_Returns403NamingReviewer_WhenCallerIsViewer()
    {
        using var client = BrowserLikeClient(Address);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[Roles.Viewer]);

        using var response = await client.SendAsync(Request("POST", "/api/editions"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("reviewer").And.Contain("viewer-user"));
    }

    [Test]
    public async Task Upload_Returns401_WhenTokenIsRevoked()
    {
        var token = await Host.CreateUserWithTokenAsync("revoked-reviewer", Roles.Reviewer);
        var id = token.Split('_')[1];
        Assert.That(await Host.Services.GetRequiredService<ApiTokens>().RevokeAsync(id), Is.True);
        using var client = BrowserLikeClient(Address);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var upload = await client.SendAsync(Request("POST", "/api/editions"));
        using var read = await client.GetAsync("/api/editions");

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "a rejected token is refused even where reading is open");
        Assert.That(upload.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
    }

    [Test]
    public async Task Upload_Returns401_WhenTokenIsForged()
    {
        var real = tokens[Roles.Admin];
        var forged = real[..^4] + (real.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var client = BrowserLikeClient(Address);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        using var response = await client.SendAsync(Request("POST", "/api/editions"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Upload_IsRefusedCrossSite_EvenWithAReviewerToken()
    {
        using var client = BrowserLikeClient(Address);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[Roles.Reviewer]);
        var request = Request("POST", "/api/editions");
        request.Headers.Add("Origin", "https://attacker.example");

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Cross-site request refused"));
    }

    [Test]
    public async Task UploadForm_IsNotShown_WhenNobodyIsSignedIn()
    {
        using var client = BrowserLikeClient(Address);

        var page = await client.GetStringAsync("/");

        Assert.That(page, Does.Contain("upload-needs-reviewer").And.Contain("kzdiff users add NAME --role reviewer"));
        Assert.That(page, Does.Not.Contain("id=\"edition-file\""));
    }

    private HttpRequestMessage Request(string method, string path) => (method, path) switch
    {
        ("POST", "/api/editions") => new HttpRequestMessage(HttpMethod.Post, path) { Content = Upload() },
        ("POST", "/api/comparisons") => new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { country = "ruritania", from = 2022, to = 2023 }) },
        ("POST", "/api/batches") => new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { from = 2022, to = 2023 }) },
        _ => new HttpRequestMessage(new HttpMethod(method), path),
    };

    // A new fictional country each time, so that every allowed upload is a 201.
    private MultipartFormDataContent Upload()
    {
        var name = "Accessia" + (char)('a' + (uploads++ % 26));
        var text = $"{name.ToUpperInvariant()} 2023 HUMAN RIGHTS REPORT\nExecutive Summary\n{name} is a fictional country with a one-paragraph report.\n";
        return new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", $"{name.ToLowerInvariant()}-2023.txt" } };
    }
}
