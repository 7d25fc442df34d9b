using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

/// <summary>The trends page with its charts, and sentence lineage on the section history page, over the fictional editions and the real engine.</summary>
[TestFixture]
[NonParallelizable]
public sealed class TrendsAndLineageBrowserTests : BrowserTestBase
{
    protected override bool UsesSampleStore => false;

    [Test]
    public async Task TrendsPage_DrawsAChartPerTermAndLinksCsv_WhenFormSubmitted()
    {
        await Page.GotoAsync("/trends");
        await Page.GetByLabel("Terms").FillAsync("torture, journalis");
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Count" }).ClickAsync();
        await Page.WaitForURLAsync("**/trends?terms=*");

        var charts = Page.Locator("svg.trend-chart");
        await Assertions.Expect(charts).ToHaveCountAsync(2);
        Assert.That(await charts.First.Locator("title").TextContentAsync(), Does.Contain("“torture” per 100,000 words"));
        Assert.That(await charts.First.Locator("desc").TextContentAsync(), Does.Contain("per 100,000 words"));
        Assert.That(await charts.First.Locator("rect.bar").CountAsync(), Is.EqualTo(await Page.Locator("table.trends tbody tr").CountAsync()));
        Assert.That(await charts.First.Locator("text.year").AllTextContentsAsync(), Does.Contain("2023"));
        await ScreenshotAsync("trends");

        var csv = await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Download CSV" }).GetAttributeAsync("href");
        var response = await Page.APIRequest.GetAsync(csv!);
        Assert.That(await response.TextAsync(), Does.StartWith("year,reports,words,\"torture\""));
    }

    [Test]
    public async Task TrendsPage_OpensSentences_WhenCountClicked()
    {
        await Page.GotoAsync("/trends?terms=torture");
        await Page.Locator("table.trends tbody tr").First.Locator("td.num a").First.ClickAsync();

        await Assertions.Expect(Page.Locator("ol.term-sentences li").First).ToContainTextAsync("orture");
    }

    [Test]
    public async Task HistoryPage_ShowsSinceWhenEachSentenceStands_WhenLineageComputed()
    {
        await Page.GotoAsync("/compare/arcadia/2022..2023");
        var section = Page.Locator("section.sec", new PageLocatorOptions { HasText = "Cruel, Inhuman" }).First;
        var history = await section.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "History" }).GetAttributeAsync("href");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        await Page.GotoAsync(history!);
        while (await Page.Locator("ol.sentence-lineage").CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            await Page.ReloadAsync();
        }

        var items = Page.Locator("ol.sentence-lineage li");
        Assert.That(await items.CountAsync(), Is.GreaterThan(0));
        var lines = await items.Locator(".since").AllTextContentsAsync();
        Assert.That(lines, Has.Some.Match(@"^since 2022(, reworded in 2023)?$"));
        await ScreenshotAsync("history-lineage");
    }
}
