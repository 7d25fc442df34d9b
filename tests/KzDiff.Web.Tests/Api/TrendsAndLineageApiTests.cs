using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

public sealed class TrendsAndLineageApiTests : FreshApiHostTests
{
    [Test]
    public async Task GetTrends_ReturnsCountsAndRatesPerYear_ForOneCountry()
    {
        var body = await Client.GetFromJsonAsync<JsonElement>("/api/trends?terms=Election,killings&country=freedonia");

        var years = body.GetProperty("years").EnumerateArray().ToList();
        Assert.That(years.Select(y => y.GetProperty("year").GetInt32()), Is.EqualTo(new[] { 2023, 2024 }));
        var y2024 = years[1];
        Assert.That(y2024.GetProperty("reports").GetInt32(), Is.EqualTo(1));
        Assert.That(y2024.GetProperty("words").GetInt64(), Is.EqualTo(36));
        Assert.That(y2024.GetProperty("counts").GetProperty("election").GetInt64(), Is.EqualTo(2));
        Assert.That(y2024.GetProperty("rates").GetProperty("election").GetDouble(), Is.EqualTo(5555.56));
    }

    [Test]
    public async Task GetTrends_ReturnsCsv_WhenFormatCsv()
    {
        using var response = await Client.GetAsync(new Uri("/api/trends?terms=election&country=freedonia&format=csv", UriKind.Relative));

        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("year,reports,words,\"election\",\"election per 100k words\""));
        Assert.That(lines[2], Is.EqualTo("2024,1,36,2,5555.56"));
    }

    [Test]
    public async Task GetTrends_Returns400_WhenNoTermOrYearsReversed()
    {
        using var noTerm = await Client.GetAsync(new Uri("/api/trends?terms=", UriKind.Relative));
        using var reversed = await Client.GetAsync(new Uri("/api/trends?terms=x&from=2024&to=2023", UriKind.Relative));

        Assert.That(noTerm.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(reversed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await reversed.Content.ReadAsStringAsync(), Does.Contain("after"));
    }

    [Test]
    public async Task GetTrendSentences_ListsSentencesWithTheTerm()
    {
        var body = await Client.GetFromJsonAsync<JsonElement>("/api/trends/sentences?term=election&year=2024&country=freedonia");

        Assert.That(body.GetProperty("total").GetInt32(), Is.EqualTo(1));
        Assert.That(body.GetProperty("items")[0].GetProperty("sentence").GetString(), Does.Contain("local elections were postponed"));
    }

    [Test]
    public async Task GetLineage_Returns202ThenItems_WhenJobFinishes()
    {
        using var first = await Client.GetAsync(new Uri("/api/lineage/ruritania/2023", UriKind.Relative));
        Assert.That(first.StatusCode, Is.AnyOf(HttpStatusCode.Accepted, HttpStatusCode.OK));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpResponseMessage response;
        while (true)
        {
            response = await Client.GetAsync(new Uri("/api/lineage/ruritania/2023", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.Accepted || DateTime.UtcNow > deadline)
            {
                break;
            }

            response.Dispose();
            await Task.Delay(100);
        }

        using (response)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var items = body.GetProperty("items").EnumerateArray().ToList();
            var carried = items.Single(i => i.GetProperty("sentence").GetString() == "The constitution prohibits such practices.");
            Assert.That(carried.GetProperty("firstSeen").GetInt32(), Is.EqualTo(2022));
            Assert.That(carried.GetProperty("unchangedSince").GetInt32(), Is.EqualTo(2022));
            Assert.That(carried.GetProperty("rewordedIn").GetArrayLength(), Is.Zero);
            Assert.That(carried.GetProperty("section").GetString(), Is.Not.Empty);
        }
    }

    [Test]
    public async Task GetLineage_Returns404_WhenEditionNotStored()
    {
        using var response = await Client.GetAsync(new Uri("/api/lineage/ruritania/1999", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
