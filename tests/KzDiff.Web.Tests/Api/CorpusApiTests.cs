using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

public sealed class CorpusApiTests : FreshApiHostTests
{
    [Test]
    public async Task GetCorpus_Returns202ThenTheTable_WhenTheJobFinishes()
    {
        using var first = await Client.GetAsync(new Uri("/api/corpus/2023..2024", UriKind.Relative));
        Assert.That(first.StatusCode, Is.AnyOf(HttpStatusCode.Accepted, HttpStatusCode.OK));
        if (first.StatusCode == HttpStatusCode.Accepted)
        {
            var pending = await first.Content.ReadFromJsonAsync<JsonElement>();
            Assert.That(pending.GetProperty("status").GetString(), Is.AnyOf("queued", "running"));
            Assert.That(first.Headers.Location?.ToString(), Is.EqualTo("/api/corpus/2023..2024"));
        }

        using var response = await PollAsync("/api/corpus/2023..2024");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("from").GetInt32(), Is.EqualTo(2023));
            Assert.That(body.GetProperty("countries").GetInt32(), Is.EqualTo(1), "freedonia is the one sample with both years");
            Assert.That(body.GetProperty("items").ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(body.GetProperty("templateRenames").ValueKind, Is.EqualTo(JsonValueKind.Array));
        });

        using var csv = await Client.GetAsync(new Uri("/api/corpus/2023..2024?format=csv", UriKind.Relative));
        Assert.That(csv.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(await csv.Content.ReadAsStringAsync(), Does.StartWith("title,reports,vanished,appeared,renamed_to,vanished_in\r\n"));
    }

    [TestCase("/api/corpus/2024..2023", HttpStatusCode.BadRequest)]
    [TestCase("/api/corpus/2023..2023", HttpStatusCode.BadRequest)]
    [TestCase("/api/corpus/2023..2024?format=xml", HttpStatusCode.BadRequest)]
    [TestCase("/api/corpus/2010..2011", HttpStatusCode.NotFound)]
    public async Task GetCorpus_RefusesWithAProblem_WhenYearsOrFormatAreWrong(string path, HttpStatusCode expected)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task CorpusPage_ShowsTheTable_OnceComputed()
    {
        using (await PollAsync("/api/corpus/2023..2024"))
        {
        }

        var html = await Client.GetStringAsync(new Uri("/corpus/2023..2024", UriKind.Relative));

        Assert.That(html, Does.Contain("What the template changed"));
        Assert.That(html, Does.Contain("id=\"corpus-summary\""));
        Assert.That(html, Does.Contain("/api/corpus/2023..2024?format=csv"));
    }

    private async Task<HttpResponseMessage> PollAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.Accepted || DateTime.UtcNow > deadline)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(100);
        }
    }
}
