using System.Net;
using System.Text;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

/// <summary>Every answer tells the browser not to guess its type: JSON and problem documents too, not only pages.</summary>
public sealed class ResponseHeaderTests : SharedLoopbackHostTests
{
    public static IEnumerable<TestCaseData> Requests()
    {
        yield return new TestCaseData(HttpMethod.Get, "/api/editions", null, HttpStatusCode.OK).SetName("Get_SendsNoSniff_WhenAnswerIsJson");
        yield return new TestCaseData(HttpMethod.Get, "/health", null, HttpStatusCode.OK).SetName("Get_SendsNoSniff_WhenAnswerIsHealth");
        yield return new TestCaseData(HttpMethod.Get, $"/api/editions/{Guid.Empty}", null, HttpStatusCode.NotFound).SetName("Get_SendsNoSniff_WhenAnswerIsProblem");
        yield return new TestCaseData(HttpMethod.Post, "/api/comparisons", "{", HttpStatusCode.BadRequest).SetName("Post_SendsNoSniff_WhenBodyIsMalformed");
        yield return new TestCaseData(HttpMethod.Get, "/no-such-page", null, HttpStatusCode.NotFound).SetName("Get_SendsNoSniff_WhenNothingIsThere");
        yield return new TestCaseData(HttpMethod.Get, "/", null, HttpStatusCode.OK).SetName("Get_SendsNoSniff_WhenAnswerIsPage");
    }

    [TestCaseSource(nameof(Requests))]
    public async Task Response_SendsNoSniff(HttpMethod method, string path, string? json, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(response.Headers.TryGetValues("X-Content-Type-Options", out var values) ? values : [], Is.EqualTo(new[] { "nosniff" }));
    }
}
