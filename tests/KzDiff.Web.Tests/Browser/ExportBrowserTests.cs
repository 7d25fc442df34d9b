using System.Text.Json;
using KzDiff.Web.Pages.Compare;
using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

[TestFixture]
[NonParallelizable]
public sealed class ExportBrowserTests : BrowserTestBase
{
    [Test]
    public async Task JsonButton_DownloadsKzdiffCompareJson_WhenClicked()
    {
        await Page.GotoAsync("/compare/freedonia/2022..2023");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "JSON", Exact = true }).ClickAsync());

        Assert.That(download.SuggestedFilename, Is.EqualTo("kzdiff-freedonia-2022-2023.json"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        Assert.That(json.RootElement.GetProperty("old").GetProperty("year").GetInt32(), Is.EqualTo(2022));
        Assert.That(json.RootElement.GetProperty("new").GetProperty("country").GetString(), Is.EqualTo("freedonia"));
        Assert.That(json.RootElement.GetProperty("sections").GetArrayLength(), Is.EqualTo(SampleComparisons.Freedonia(2022, 2023).Sections.Length));
    }

    [TestCase("markdown", "text/markdown", "Freedonia")]
    [TestCase("html", "text/html", "<!DOCTYPE html>")]
    public async Task Export_ServesRendererOutput_ForEachFormat(string format, string contentType, string expected)
    {
        var response = await Page.APIRequest.GetAsync($"/compare/freedonia/2022..2023/export?format={format}");

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Headers["content-type"], Does.StartWith(contentType));
        Assert.That(response.Headers["content-disposition"], Does.StartWith("attachment"));
        Assert.That(await response.TextAsync(), Does.Contain(expected).IgnoreCase);
    }

    [Test]
    public async Task Export_RefusesUnknownFormat()
    {
        var response = await Page.APIRequest.GetAsync("/compare/freedonia/2022..2023/export?format=exe");
        Assert.That(response.Status, Is.EqualTo(400));
    }

    [Test]
    public async Task HtmlExport_StaysInert_WhenOpenedInBrowser_ForHostileEdition()
    {
        var export = ComparisonExport.Parse("html")!.Value;
        var html = System.Text.Encoding.UTF8.GetString(export.Render(SampleComparisons.Hostile(2022, 2023), changesOnly: false));

        await Page.SetContentAsync(html);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.That(await Page.EvaluateAsync<bool>("() => typeof window.__kzdiffPwned !== 'undefined'"), Is.False);
        Assert.That(await Page.Locator("body img, body iframe").CountAsync(), Is.Zero);
        Assert.That(await Page.Locator("body").InnerTextAsync(), Does.Contain("<script>"));
        await ScreenshotAsync("export-html-hostile");
    }
}
