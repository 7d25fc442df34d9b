using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Api;

public sealed class EditionsApiTests : FreshApiHostTests
{
    [Test]
    public async Task GetEditions_ListsEditionsImportedAtStartUp_WithCountsAndRevision()
    {
        var body = await Client.GetFromJsonAsync<JsonElement>("/api/editions");

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(i => $"{i.GetProperty("country").GetString()}:{i.GetProperty("year").GetInt32()}"),
            Is.EquivalentTo(new[] { "ruritania:2022", "ruritania:2023", "freedonia:2023", "freedonia:2024" }));
        Assert.That(items.Select(i => i.GetProperty("revision").GetInt32()), Is.All.EqualTo(1));
        Assert.That(items.Select(i => i.GetProperty("words").GetInt32()), Is.All.GreaterThan(10));
        Assert.That(items.Select(i => i.GetProperty("sections").GetInt32()), Is.All.GreaterThan(1));
    }

    [Test]
    public async Task GetCountries_ListsYearsPerCountry()
    {
        var body = await Client.GetFromJsonAsync<JsonElement>("/api/countries");

        var ruritania = body.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("country").GetString() == "ruritania");
        Assert.That(ruritania.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()), Is.EqualTo(new[] { 2022, 2023 }));
        Assert.That(ruritania.GetProperty("name").GetString(), Is.EqualTo("Ruritania"));
    }

    [Test]
    public async Task PostEdition_Returns201Then200ThenNewRevision_WhenSameYearUploadedWithDifferentText()
    {
        using var created = await UploadAsync("ruritania-2024.txt", TestData.Bytes("ruritania-2023.txt").AsSpan().ToArray().Replace2023With2024());
        using var unchanged = await UploadAsync("ruritania-2024.txt", TestData.Bytes("ruritania-2023.txt").AsSpan().ToArray().Replace2023With2024());
        using var revised = await UploadAsync("ruritania-2024.txt", TestData.Bytes("ruritania-2023-corrected.txt").AsSpan().ToArray().Replace2023With2024());

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(created.Headers.Location!.ToString(), Does.StartWith("/api/editions/"));
        Assert.That(unchanged.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var unchangedBody = await unchanged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(unchangedBody.GetProperty("outcome").GetString(), Is.EqualTo("unchanged"));
        Assert.That(revised.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var revisedBody = await revised.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(revisedBody.GetProperty("outcome").GetString(), Is.EqualTo("newRevision"));
        Assert.That(revisedBody.GetProperty("edition").GetProperty("revision").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task PostEdition_Returns422NamingBoth_WhenFileNameDisagreesWithTheTitle()
    {
        using var response = await UploadAsync("veloria-2024.txt", "KAZAKHSTAN 2022 HUMAN RIGHTS REPORT\nExecutive Summary\nKazakhstan has a presidential system.\n"u8.ToArray());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("Kazakhstan 2022").And.Contain("veloria 2024"));
    }

    [Test]
    public async Task PostEdition_SaysNewRevisionAndWho_WhenStoredYearIsUploadedAgain()
    {
        using var first = await UploadAsync("ruritania-2024.txt", TestData.Bytes("ruritania-2023.txt").AsSpan().ToArray().Replace2023With2024());
        using var revised = await UploadAsync("ruritania-2024.txt", TestData.Bytes("ruritania-2023-corrected.txt").AsSpan().ToArray().Replace2023With2024());

        var body = await revised.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("message").GetString(), Does.Contain("revision 2").And.Contain("by test-reviewer"));
        var imports = await Client.GetFromJsonAsync<JsonElement>("/api/editions/imports?count=1");
        var latest = imports.GetProperty("items")[0];
        Assert.That((latest.GetProperty("outcome").GetString(), latest.GetProperty("uploadedBy").GetString()), Is.EqualTo(("newRevision", "test-reviewer")));
    }

    [Test]
    public async Task GetEdition_ReturnsSectionsWhoseLineageHasAHistory()
    {
        var editions = await Client.GetFromJsonAsync<JsonElement>("/api/editions?country=ruritania");
        var newest = editions.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("year").GetInt32() == 2023);

        var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/editions/{newest.GetProperty("id").GetString()}");
        var section = detail.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("title").GetString()!.Contains("Freedom of Expression"));
        var history = await Client.GetFromJsonAsync<JsonElement>($"/api/countries/ruritania/sections/{section.GetProperty("lineageId").GetString()}");

        var titles = history.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("title").GetString()).ToList();
        Assert.That(titles, Has.Count.EqualTo(2));
        Assert.That(titles[0], Does.Contain("Speech and Press"));
    }

    [Test]
    public async Task GetEditionAndHistory_Return404Problem_WhenUnknown()
    {
        using var edition = await Client.GetAsync($"/api/editions/{Guid.NewGuid()}");
        using var history = await Client.GetAsync("/api/countries/ruritania/sections/nope");

        Assert.That(edition.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(edition.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(history.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<HttpResponseMessage> UploadAsync(string name, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", name);
        return await Client.PostAsync("/api/editions", form);
    }
}
