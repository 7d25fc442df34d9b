using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

/// <summary>
/// What the probe uploaded: a page of 50,000 nested divs (34 s to parse) and one of 100,000
/// headings (1.9 GB). Both are refused as no report, quickly, and the service stays up.
/// </summary>
public sealed class HostileEditionUploadTests : SharedLoopbackHostTests
{
    private const string Head =
        "<!DOCTYPE html><html><head><title>Veloria - United States Department of State</title></head><body>"
        + "<h1>2023 Country Reports on Human Rights Practices: Veloria</h1>"
        + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Executive Summary</h2><p>Veloria is a republic.</p>";

    private const string Tail = "</section></div></body></html>";

    [OneTimeSetUp]
    public async Task WarmUp()
    {
        // The first refusal pays for JIT and the store's first queries; the time limit is about parsing.
        using var response = await UploadAsync(Head + string.Concat(Enumerable.Repeat("<div>", 300)) + "<p>Warm-up.</p>" + Tail);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "300 nested divs are refused too");
    }

    [Test]
    public async Task PostEdition_Returns422NamingTheLimitInUnderASecond_WhenPageNests50000Divs()
    {
        var page = Head + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", 50_000)) + Tail;
        var before = await Host.SnapshotAsync();

        // The fastest of three: the claim is about the work a refusal takes, not about what else the machine is doing.
        var fastest = TimeSpan.MaxValue;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await UploadAsync(page);
            watch.Stop();
            await AssertUnprocessableAsync(response, "MaxNestingDepth");
            fastest = watch.Elapsed < fastest ? watch.Elapsed : fastest;
        }

        Assert.That(fastest, Is.LessThan(TimeSpan.FromSeconds(1)), "refused without parsing the nesting");
        Assert.That(await Host.SnapshotAsync(), Is.EqualTo(before), "nothing stored changed");
    }

    [Test]
    public async Task PostEdition_Returns422NamingTheLimit_WhenPageHas100000Headings()
    {
        var page = new StringBuilder(Head);
        for (var i = 0; i < 100_000; i++)
        {
            page.Append("<h3>Heading ").Append(i).Append("</h3><p>Text ").Append(i).Append(".</p>");
        }

        using var response = await UploadAsync(page.Append(Tail).ToString());

        await AssertUnprocessableAsync(response, "MaxHeadings");
        using var health = await Client.GetAsync("/health");
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the service stays up");
    }

    private async Task<HttpResponseMessage> UploadAsync(string page) =>
        await Client.PostAsync("/api/editions", new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(page)), "file", "veloria-2023.html" } });

    private static async Task AssertUnprocessableAsync(HttpResponseMessage response, string limit)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(JsonSerializer.Deserialize<JsonElement>(body).GetProperty("detail").GetString(), Does.Contain(limit));
    }
}
