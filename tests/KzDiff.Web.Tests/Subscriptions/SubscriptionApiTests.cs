using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using KzDiff.Service.Accounts;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Subscriptions;

/// <summary>Managing subscriptions through the API and the page: who may, what is refused, the feed.</summary>
public sealed partial class SubscriptionApiTests : SharedLoopbackHostTests
{
    private string aliceToken = null!;
    private string bobToken = null!;

    [OneTimeSetUp]
    public async Task CreateUsers()
    {
        aliceToken = await Host.CreateUserWithTokenAsync("alice", Roles.Viewer);
        bobToken = await Host.CreateUserWithTokenAsync("bob", Roles.Viewer);
    }

    private HttpClient As(string? token)
    {
        var client = BrowserLikeClient(Address);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    [TestCase("POST", "/api/subscriptions")]
    [TestCase("GET", "/api/subscriptions")]
    [TestCase("GET", "/api/subscriptions/6f1e8c1a-0000-4000-8000-000000000001")]
    [TestCase("DELETE", "/api/subscriptions/6f1e8c1a-0000-4000-8000-000000000001")]
    [TestCase("GET", "/api/subscriptions/6f1e8c1a-0000-4000-8000-000000000001/deliveries")]
    public async Task Management_Returns401Problem_WhenAnonymous(string method, string path)
    {
        using var client = As(null);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { country = "ruritania", delivery = new { type = "feed" } });
        }

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
    }

    [Test]
    public async Task Page_SendsAnonymousToSignIn()
    {
        using var client = As(null);
        using var response = await client.GetAsync("/subscriptions");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/account/signin"));
    }

    [Test]
    public async Task Post_Returns403AndStoresNothing_WhenBrowserSendsItForAnotherSite()
    {
        using var client = As(aliceToken);
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/subscriptions")).GetProperty("count").GetInt32();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/subscriptions")
        {
            Content = JsonContent.Create(new { country = "ruritania", delivery = new { type = "feed" } }),
        };
        request.Headers.TryAddWithoutValidation("Origin", "https://attacker.example");

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await client.GetFromJsonAsync<JsonElement>("/api/subscriptions")).GetProperty("count").GetInt32(), Is.EqualTo(before));
    }

    public static IEnumerable<TestCaseData> InvalidRequests()
    {
        TestCaseData Case(string name, string field, object body) => new TestCaseData(field, body).SetName($"Post_Returns400Naming{field.Replace(".", "", StringComparison.Ordinal)}_When{name}");
        yield return Case("DeliveryIsMissing", "delivery", new { country = "ruritania" });
        yield return Case("DeliveryTypeIsUnknown", "delivery.type", new { delivery = new { type = "pigeon" } });
        yield return Case("WebhookIsLoopback", "delivery.url", new { delivery = new { type = "webhook", url = "http://127.0.0.1:9/hook" } });
        yield return Case("WebhookIsIPv6Loopback", "delivery.url", new { delivery = new { type = "webhook", url = "http://[::1]/hook" } });
        yield return Case("WebhookIsIPv4MappedLoopback", "delivery.url", new { delivery = new { type = "webhook", url = "http://[::ffff:127.0.0.1]/hook" } });
        yield return Case("WebhookIsLinkLocalMetadata", "delivery.url", new { delivery = new { type = "webhook", url = "http://169.254.169.254/latest/meta-data" } });
        yield return Case("WebhookIsPrivate", "delivery.url", new { delivery = new { type = "webhook", url = "https://10.1.2.3/hook" } });
        yield return Case("WebhookIsUnspecified", "delivery.url", new { delivery = new { type = "webhook", url = "http://0.0.0.0/hook" } });
        yield return Case("WebhookIsLocalhost", "delivery.url", new { delivery = new { type = "webhook", url = "http://localhost:8080/hook" } });
        yield return Case("WebhookIsNotHttp", "delivery.url", new { delivery = new { type = "webhook", url = "file:///etc/passwd" } });
        yield return Case("WebhookHasUserInfo", "delivery.url", new { delivery = new { type = "webhook", url = "https://user:pw@hooks.example.org/x" } });
        yield return Case("WebhookIsTooLong", "delivery.url", new { delivery = new { type = "webhook", url = "https://hooks.example.org/" + new string('a', 2000) } });
        yield return Case("EmailIsNotConfigured", "delivery.type", new { delivery = new { type = "email", address = "reader@example.org" } });
        yield return Case("ScheduleIsUnknown", "schedule", new { delivery = new { type = "feed" }, schedule = "hourly" });
        yield return Case("TooManyTerms", "terms", new { delivery = new { type = "feed" }, terms = Enumerable.Range(0, 21).Select(i => $"term{i}").ToArray() });
        yield return Case("TermIsTooLong", "terms", new { delivery = new { type = "feed" }, terms = new[] { new string('x', 61) } });
        yield return Case("FlagKindIsUnknown", "flagKinds", new { delivery = new { type = "feed" }, flagKinds = new[] { "gossip" } });
        yield return Case("MinScoreIsAboveOne", "minScore", new { delivery = new { type = "feed" }, minScore = 2.0 });
        yield return Case("CountryIsNotStored", "country", new { country = "atlantis", delivery = new { type = "feed" } });
        yield return Case("SectionIsUnknown", "sections", new { country = "ruritania", sections = new[] { "Space Travel" }, delivery = new { type = "feed" } });
        yield return Case("SectionsHaveNoCountry", "sections", new { sections = new[] { "2.a" }, delivery = new { type = "feed" } });
        yield return Case("TooManySections", "sections", new { country = "ruritania", sections = Enumerable.Repeat("2.a", 21).ToArray(), delivery = new { type = "feed" } });
    }

    [TestCaseSource(nameof(InvalidRequests))]
    public async Task Post_Returns400NamingTheField_WhenInputIsInvalid(string field, object body)
    {
        using var client = As(aliceToken);
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/subscriptions")).GetProperty("count").GetInt32();

        using var response = await client.PostAsJsonAsync("/api/subscriptions", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
        Assert.That((await client.GetFromJsonAsync<JsonElement>("/api/subscriptions")).GetProperty("count").GetInt32(), Is.EqualTo(before));
    }

    [Test]
    public async Task Post_Returns413_WhenBodyIsLargerThanAnySubscription()
    {
        using var client = As(aliceToken);
        using var content = new StringContent("{\"terms\":[\"" + new string('x', 100_000) + "\"],\"delivery\":{\"type\":\"feed\"}}", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/subscriptions", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Post_Returns201WithIdSecretAndFeed_AndOnlyTheOwnerSeesOrDeletesIt()
    {
        using var alice = As(aliceToken);
        using var bob = As(bobToken);

        using var created = await alice.PostAsJsonAsync("/api/subscriptions", new
        {
            country = "Ruritania",
            sections = new[] { "2.a" },
            terms = new[] { "websites" },
            flagKinds = new[] { "Number", "term" },
            minScore = 0.2,
            delivery = new { type = "webhook", url = "https://hooks.example.org/kzdiff" },
            schedule = "daily",
        });

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/subscriptions/{id}"));
        Assert.That(body.GetProperty("secret").GetString(), Does.Match("^[0-9a-f]{64}$"));
        Assert.That(body.GetProperty("feedUrl").GetString(), Does.StartWith($"/feeds/subscriptions/{id}?key="));
        var view = body.GetProperty("subscription");
        Assert.That(view.GetProperty("country").GetString(), Is.EqualTo("ruritania"));
        Assert.That(view.GetProperty("sections")[0].GetString(), Is.EqualTo("a. Freedom of Expression, Including for the Press"));
        Assert.That(view.GetProperty("flagKinds").EnumerateArray().Select(k => k.GetString()), Is.EqualTo(new[] { "number", "term" }));
        Assert.That(view.GetProperty("schedule").GetString(), Is.EqualTo("daily"));

        var listed = await alice.GetFromJsonAsync<JsonElement>("/api/subscriptions");
        Assert.That(listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Does.Contain(id));
        Assert.That(listed.ToString(), Does.Not.Contain(body.GetProperty("secret").GetString()!), "the secret is shown once");
        Assert.That((await bob.GetFromJsonAsync<JsonElement>("/api/subscriptions")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Does.Not.Contain(id));
        using (var bobGets = await bob.GetAsync($"/api/subscriptions/{id}"))
        {
            Assert.That(bobGets.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        using (var bobDeletes = await bob.DeleteAsync($"/api/subscriptions/{id}"))
        {
            Assert.That(bobDeletes.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        using (var deleted = await alice.DeleteAsync($"/api/subscriptions/{id}"))
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using var after = await alice.GetAsync($"/api/subscriptions/{id}");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Feed_ParsesBackAsAtom_AndNeedsItsKey()
    {
        using var alice = As(aliceToken);
        using var created = await alice.PostAsJsonAsync("/api/subscriptions", new { country = "freedonia", delivery = new { type = "feed" } });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var feedUrl = body.GetProperty("feedUrl").GetString()!;

        // Feed readers do not sign in: the key in the address is enough.
        using var anonymous = As(null);
        using var response = await anonymous.GetAsync(feedUrl);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/atom+xml"));
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        Assert.That(feed.Title.Text, Is.EqualTo("KzDiff: changes in freedonia"));
        Assert.That(feed.Items, Is.Empty);

        using var wrongKey = await anonymous.GetAsync(feedUrl[..^4] + "0000");
        Assert.That(wrongKey.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Page_CreatesListsAndDeletes_ForSignedInUser()
    {
        using var alice = As(aliceToken);
        var page = await alice.GetStringAsync("/subscriptions");
        using var create = await alice.PostAsync("/subscriptions?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Country"] = "freedonia",
            ["DeliveryType"] = "webhook",
            ["Target"] = "https://hooks.example.org/page",
            ["Schedule"] = "weekly",
            ["__RequestVerificationToken"] = Token(page),
        }));
        var created = await create.Content.ReadAsStringAsync();

        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.OK), created);
        Assert.That(created, Does.Contain("id=\"created-secret\""));
        Assert.That(created, Does.Contain("https://hooks.example.org/page").And.Contain("weekly"));
        var id = DeliveryLink().Match(created).Groups[1].Value;
        var log = await alice.GetStringAsync($"/subscriptions/{id}/deliveries");
        Assert.That(log, Does.Contain("No change summaries yet"));

        using var delete = await alice.PostAsync($"/subscriptions?handler=Delete&id={id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(created),
        }));
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        using var gone = await alice.GetAsync($"/api/subscriptions/{id}");
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("/subscriptions/([0-9a-f-]{36})/deliveries")]
    private static partial Regex DeliveryLink();
}
