using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

/// <summary>A multipart body that stops in the middle of the file is the client's mistake: 400, nothing stored.</summary>
public sealed partial class TruncatedUploadTests : SharedLoopbackHostTests
{
    private const string Boundary = "kzdiff-probe-boundary";

    [Test]
    public async Task PostEdition_Returns400Problem_WhenMultipartBodyIsCutOff()
    {
        var before = await Host.SnapshotAsync();

        using var response = await Client.PostAsync("/api/editions", CutOff(FilePart("file")));

        await AssertBadRequestProblemAsync(response);
        Assert.That(await Host.SnapshotAsync(), Is.EqualTo(before), "nothing stored changed");
    }

    [Test]
    public async Task PostEdition_Returns400Problem_WhenMultipartBodyStopsInsidePartHeaders()
    {
        using var response = await Client.PostAsync("/api/editions", CutOff($"--{Boundary}\r\nContent-Disposition: form-da"));

        await AssertBadRequestProblemAsync(response);
    }

    [Test]
    public async Task PageUploadForm_Returns400Problem_WhenMultipartBodyIsCutOff()
    {
        var before = await Host.SnapshotAsync();
        var page = await Client.GetStringAsync("/");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        Assert.That(token, Is.Not.Empty, "the upload form carries an antiforgery token");
        var body = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n" + FilePart("edition");

        using var response = await Client.PostAsync("/?handler=Upload", CutOff(body));

        await AssertBadRequestProblemAsync(response);
        Assert.That(await Host.SnapshotAsync(), Is.EqualTo(before), "nothing stored changed");
    }

    private static string FilePart(string field)
    {
        var edition = Encoding.UTF8.GetString(TestData.Bytes("ruritania-2023.txt")).Replace("2023", "2026", StringComparison.Ordinal);
        return $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"ruritania-2026.txt\"\r\nContent-Type: text/plain\r\n\r\n"
            + edition[..(edition.Length / 2)];
    }

    // A complete HTTP body (Content-Length matches) whose multipart content ends without its closing boundary.
    private static ByteArrayContent CutOff(string multipart)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(multipart));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        return content;
    }

    private static async Task AssertBadRequestProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        Assert.That(JsonSerializer.Deserialize<JsonElement>(body).GetProperty("status").GetInt32(), Is.EqualTo(400));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
