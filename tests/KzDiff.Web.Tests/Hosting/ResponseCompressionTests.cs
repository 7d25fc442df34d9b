using System.Net.Http.Headers;
using KzDiff.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KzDiff.Web.Tests.Hosting;

/// <summary>
/// Responses are compressed (Brotli, gzip), over HTTPS too, except a response that holds an
/// antiforgery token: compressed next to text an attacker chose, its length would leak the token (BREACH).
/// </summary>
public sealed class ResponseCompressionTests : SharedApiHostTests
{
    /// <summary>Status, content encodings and the body as sent (still encoded).</summary>
    private async Task<(bool Ok, string[] Encodings, string Body)> GetAsync(string scheme, string path, string encoding)
    {
        using var client = Host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(scheme + "://localhost"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        return (response.IsSuccessStatusCode, [.. response.Content.Headers.ContentEncoding], await response.Content.ReadAsStringAsync());
    }

    [TestCase("http", "br")]
    [TestCase("https", "br")]
    [TestCase("https", "gzip")]
    public async Task Get_IsCompressed_WhenResponseHoldsNoToken(string scheme, string encoding)
    {
        var response = await GetAsync(scheme, "/openapi/v1.json", encoding);

        Assert.That(response.Ok, Is.True);
        Assert.That(response.Encodings, Is.EqualTo(new[] { encoding }));
    }

    [Test]
    public async Task SignInPage_IsNotCompressedOverHttps_BecauseItHoldsAnAntiforgeryToken()
    {
        var https = await GetAsync("https", "/account/signin", "br");
        var http = await GetAsync("http", "/account/signin", "br");

        Assert.That(https.Ok, Is.True);
        Assert.That(https.Encodings, Is.Empty);
        Assert.That(https.Body, Does.Contain("__RequestVerificationToken"));
        Assert.That(http.Encodings, Is.EqualTo(new[] { "br" }), "over plain HTTP on loopback there is no secret channel to attack");
    }
}
