using System.Net;
using System.Net.Http.Json;
using System.Text;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

/// <summary>Every kind of bad request gets a 4xx problem document, leaves the store as it was, and the service stays up.</summary>
public sealed class BadInputApiTests : SharedApiHostTests
{
    public static IEnumerable<TestCaseData> BadRequests()
    {
        yield return Case("empty upload", HttpStatusCode.BadRequest, () => Upload([]));
        yield return Case("binary upload", HttpStatusCode.UnprocessableEntity, () => Upload(Binary(64 * 1024)));
        yield return Case("50 MB upload", HttpStatusCode.RequestEntityTooLarge, () => Upload(new byte[50 * 1024 * 1024]));
        yield return Case("page that is not a report", HttpStatusCode.UnprocessableEntity,
            () => Upload(Encoding.UTF8.GetBytes("<html><body><h1>Weather in Ruritania 2023</h1><p>Sunny.</p></body></html>"), "weather.html"));
        yield return Case("upload without a file", HttpStatusCode.UnsupportedMediaType, () => new StringContent("file=nothing", Encoding.UTF8, "application/x-www-form-urlencoded"), "/api/editions");
        yield return Case("upload that is not a form", HttpStatusCode.UnsupportedMediaType, () => new StringContent("just text", Encoding.UTF8, "text/plain"), "/api/editions");
        yield return Case("unknown format", HttpStatusCode.BadRequest, () => Upload(Encoding.UTF8.GetBytes("x"), format: "docx"));
        yield return Comparison("unknown country", HttpStatusCode.NotFound, """{"country":"atlantis","from":2022,"to":2023}""");
        yield return Comparison("from = to", HttpStatusCode.BadRequest, """{"country":"ruritania","from":2023,"to":2023}""");
        yield return Comparison("from > to", HttpStatusCode.BadRequest, """{"country":"ruritania","from":2023,"to":2022}""");
        yield return Comparison("years not stored", HttpStatusCode.NotFound, """{"country":"ruritania","from":2016,"to":2017}""");
        yield return Comparison("year out of range", HttpStatusCode.BadRequest, """{"country":"ruritania","from":-5,"to":99999}""");
        yield return Comparison("missing country", HttpStatusCode.BadRequest, """{"from":2022,"to":2023}""");
        yield return Comparison("malformed JSON", HttpStatusCode.BadRequest, """{"country":"ruritania","from":2022,""");
        yield return Comparison("JSON of the wrong shape", HttpStatusCode.BadRequest, """{"country":["ruritania"],"from":"last year"}""");
        yield return Comparison("empty body", HttpStatusCode.BadRequest, "");
        yield return Case("batch with from > to", HttpStatusCode.BadRequest, () => Json("""{"from":2024,"to":2023}"""), "/api/batches");
        yield return Case("batch with years not stored", HttpStatusCode.NotFound, () => Json("""{"from":2001,"to":2002}"""), "/api/batches");
        yield return Case("malformed batch JSON", HttpStatusCode.BadRequest, () => Json("{"), "/api/batches");
    }

    [TestCaseSource(nameof(BadRequests))]
    public async Task Post_ReturnsProblemAndChangesNothing_WhenInputIsBad(string path, HttpStatusCode expected, Func<HttpContent> content)
    {
        var before = await Host.SnapshotAsync();
        using var body = content();

        using var response = await Client.PostAsync(path, body);

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.That(problem!["status"].ToString(), Is.EqualTo(((int)expected).ToString()));
        Assert.That(await Host.SnapshotAsync(), Is.EqualTo(before), "nothing stored changed");
        using var health = await Client.GetAsync("/health");
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the service stays up");
    }

    private static TestCaseData Case(string name, HttpStatusCode status, Func<HttpContent> content, string path = "/api/editions") =>
        new TestCaseData(path, status, content).SetName($"Post_Returns{(int)status}Problem_When{name.Replace(' ', '_')}");

    private static TestCaseData Comparison(string name, HttpStatusCode status, string json) =>
        Case(name, status, () => Json(json), "/api/comparisons");

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static MultipartFormDataContent Upload(byte[] content, string name = "ruritania-2024.txt", string? format = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        if (format is not null)
        {
            form.Add(new StringContent(format), "format");
        }

        return form;
    }

    private static byte[] Binary(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }
}
