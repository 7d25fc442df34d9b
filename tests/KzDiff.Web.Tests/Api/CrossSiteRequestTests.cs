using System.Net;
using System.Text;
using System.Text.Json;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

/// <summary>
/// A page on another site can make the browser send a multipart POST (<c>fetch</c> with
/// <c>mode: 'no-cors'</c>) without reading the answer; the browser says where it came from in
/// <c>Origin</c> and <c>Sec-Fetch-Site</c>. Such unsafe requests are refused before they do anything.
/// </summary>
public sealed class CrossSiteRequestTests : SharedLoopbackHostTests
{
    public static IEnumerable<TestCaseData> CrossSiteHeaders()
    {
        yield return new TestCaseData("Origin", "https://attacker.example").SetName("Post_Returns403_WhenOriginIsAnotherSite");
        yield return new TestCaseData("Origin", "null").SetName("Post_Returns403_WhenOriginIsOpaque");
        yield return new TestCaseData("Sec-Fetch-Site", "cross-site").SetName("Post_Returns403_WhenSecFetchSiteIsCrossSite");
        yield return new TestCaseData("Sec-Fetch-Site", "same-site").SetName("Post_Returns403_WhenSecFetchSiteIsSameSiteButAnotherOrigin");
    }

    [TestCaseSource(nameof(CrossSiteHeaders))]
    public async Task PostEdition_Returns403ProblemAndStoresNothing_WhenBrowserSaysAnotherSite(string header, string value)
    {
        var before = await Host.SnapshotAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/editions") { Content = NewEdition() };
        request.Headers.TryAddWithoutValidation(header, value);
        // Credentials do not make a cross-site request acceptable.
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer any-token");

        using var response = await Client.SendAsync(request);

        await AssertRefusedAsync(response);
        Assert.That(await Host.SnapshotAsync(), Is.EqualTo(before), "nothing stored changed");
    }

    [Test]
    public async Task PostEdition_Returns403_WhenOriginIsSameHostOnAnotherPort()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/editions") { Content = NewEdition() };
        request.Headers.TryAddWithoutValidation("Origin", $"{Address.Scheme}://{Address.Host}:{Address.Port + 1}");

        using var response = await Client.SendAsync(request);

        await AssertRefusedAsync(response);
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task UnsafeMethod_Returns403_WhenOriginIsAnotherSite(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/comparisons")
        {
            Content = new StringContent("""{"country":"ruritania","from":2022,"to":2023}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Origin", "https://attacker.example");

        using var response = await Client.SendAsync(request);

        await AssertRefusedAsync(response);
    }

    [Test]
    public async Task PageUploadForm_Returns403_WhenPostedFromAnotherSite()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestData.Bytes("ruritania-2023.txt")), "edition", "ruritania-2025.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/?handler=Upload") { Content = form };
        request.Headers.TryAddWithoutValidation("Origin", "https://attacker.example");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        using var response = await Client.SendAsync(request);

        await AssertRefusedAsync(response);
    }

    [Test]
    public async Task PostEdition_IsImported_WhenBrowserSaysSameOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/editions") { Content = NewEdition(2031) };
        request.Headers.TryAddWithoutValidation("Origin", Address.GetLeftPart(UriPartial.Authority));
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task PostEdition_IsImported_WhenUserTypedTheRequest()
    {
        // Sec-Fetch-Site: none is a navigation the user started (address bar, bookmark).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/editions") { Content = NewEdition(2032) };
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "none");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task PostEdition_IsImported_WhenRequestNamesNoOrigin()
    {
        // curl and the CLI send neither header.
        using var response = await Client.PostAsync("/api/editions", NewEdition(2033));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task GetEditions_Answers_WhenOriginIsAnotherSite()
    {
        // Reading changes nothing; the browser keeps the answer from the other site anyway (no CORS).
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/editions");
        request.Headers.TryAddWithoutValidation("Origin", "https://attacker.example");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(403));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("another site"));
    }

    private static MultipartFormDataContent NewEdition(int year = 2030) =>
        new()
        {
            {
                new ByteArrayContent(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(TestData.Bytes("ruritania-2023.txt")).Replace("2023", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))),
                "file",
                $"ruritania-{year}.txt"
            },
        };
}
