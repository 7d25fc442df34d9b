using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

[TestFixture]
[NonParallelizable]
public sealed class HistoryPageBrowserTests : BrowserTestBase
{
    [Test]
    public async Task HistoryPage_ShowsTitlesLengthsAndComparisons_ForEveryStoredYear()
    {
        await Page.GotoAsync($"/history/freedonia/{TortureLineage}");

        Assert.That(await Page.Locator("h1").InnerTextAsync(), Does.Contain("Inhuman, or Degrading"));
        Assert.That(await Page.Locator("svg.chart rect.bar").CountAsync(), Is.EqualTo(4));
        Assert.That(await Page.Locator("svg.chart title").TextContentAsync(), Does.Contain("per year"));
        Assert.That(await Page.Locator("svg.chart text.value").AllTextContentsAsync(), Is.EqualTo(new[] { "820", "905", "760", "1130" }));
        Assert.That(await Page.Locator("table.history .b-renamed").CountAsync(), Is.EqualTo(1), "the 2023 rename is marked");
        await ScreenshotAsync("history");

        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "2022 → 2023" }).ClickAsync();
        await Page.WaitForURLAsync("**/compare/freedonia/2022..2023?section=sec-1.c#sec-1.c");
        Assert.That(await Page.Locator("section.sec").CountAsync(), Is.EqualTo(1), "the comparison opens on that section alone");
        Assert.That(await Page.Locator("section#sec-1\\.c h3").InnerTextAsync(), Does.Contain("Torture"));
    }

    [Test]
    public async Task ComparePage_LinksSectionToItsHistory_WhenLineageKnown()
    {
        await Page.GotoAsync("/compare/freedonia/2022..2023");
        await Page.Locator("section#sec-1\\.c").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "History" }).ClickAsync();
        await Expect(Page.Locator("svg.chart")).ToBeVisibleAsync();
    }

    [Test]
    public async Task HistoryPage_Returns404_WhenLineageUnknown()
    {
        var response = await Page.GotoAsync("/history/freedonia/no-such-lineage");
        Assert.That(response!.Status, Is.EqualTo(404));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
