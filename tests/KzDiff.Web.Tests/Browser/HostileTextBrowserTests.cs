using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

[TestFixture]
[NonParallelizable]
public sealed class HostileTextBrowserTests : BrowserTestBase
{
    [Test]
    public async Task ComparePage_ShowsMarkupAsText_WhenEditionContainsScript()
    {
        var response = await Page.GotoAsync("/compare/hostilia/2022..2023");
        Assert.That(response!.Status, Is.EqualTo(200));
        // Give anything that might fire (onerror, onload) its chance before judging.
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.Locator("tr.run").Locator("text=svg onload").HoverAsync();

        var pwned = await Page.EvaluateAsync<bool>("() => typeof window.__kzdiffPwned !== 'undefined'");
        Assert.That(pwned, Is.False, "report text executed as script");
        Assert.That(Dialogs, Is.Empty);
        Assert.That(await Page.Locator("main img, main iframe, main svg:not(.chart)").CountAsync(), Is.Zero, "report markup became elements");
        Assert.That(await Page.Locator("script").CountAsync(), Is.GreaterThan(0));
        Assert.That(await Page.Locator("script:not([src^='/js/'])").CountAsync(), Is.Zero, "only the page's own scripts, from its own files");
        Assert.That(await Page.Locator("main a[href^='javascript:' i]").CountAsync(), Is.Zero);
        Assert.That(await Page.Locator("td.old del").First.InnerTextAsync(), Does.Contain("<script>window.__kzdiffPwned = 1; alert(1)</script>"));
        Assert.That(await Page.Locator("td.new ins").First.InnerTextAsync(), Does.Contain("<img src=x onerror="));
        Assert.That(response.Headers["content-security-policy"], Does.Contain("script-src 'self'"));
        await ScreenshotAsync("hostile-compare");
    }

    [Test]
    public async Task EditionsPage_ShowsCountryMarkupAsText_WhenNameContainsTags()
    {
        await Page.GotoAsync("/");
        var row = Page.Locator("tr[data-country*='hostilia']");
        Assert.That(await row.Locator("th").InnerTextAsync(), Is.EqualTo("Hostilia <b>bold</b>"));
        Assert.That(await Page.Locator("main b").CountAsync(), Is.Zero);
    }
}
