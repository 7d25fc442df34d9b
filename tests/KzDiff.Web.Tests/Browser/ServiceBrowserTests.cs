using KzDiff.Service.Accounts;
using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

/// <summary>
/// The pages over the real service: the fictional editions in Browser/Editions are imported at
/// start-up into a throwaway SQLite store, and each comparison runs as a Hangfire job while the
/// page shows its progress.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ServiceBrowserTests : BrowserTestBase
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(60);

    protected override bool UsesSampleStore => false;

    [Test]
    public async Task ComparePage_ShowsWordEditsOfImportedEditions_WhenJobFinishes()
    {
        await OpenComparisonAsync("/compare/arcadia/2022..2023");

        var torture = Page.Locator("tr.chg", new PageLocatorOptions { HasText = "complaints of torture" });
        await Assertions.Expect(torture.Locator("td.new ins", new LocatorLocatorOptions { HasText = "47" })).ToBeVisibleAsync();
        await Assertions.Expect(torture.Locator("td.old del", new LocatorLocatorOptions { HasText = "12" })).ToBeVisibleAsync();
        Assert.That(await Page.Locator("h1").InnerTextAsync(), Does.Contain("2022").And.Contain("2023"));
        await ScreenshotAsync("service-compare");

        await Page.Keyboard.PressAsync("n");
        await Assertions.Expect(Page.Locator("tr.chg.current")).ToHaveCountAsync(1);
    }

    [Test]
    public async Task HistoryPage_FollowsImportedSection_FromComparePage()
    {
        await OpenComparisonAsync("/compare/arcadia/2022..2023");
        var section = Page.Locator("section.sec", new PageLocatorOptions { HasText = "Cruel, Inhuman" }).First;
        await section.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "History" }).ClickAsync();

        await Assertions.Expect(Page.Locator("svg.chart rect.bar")).ToHaveCountAsync(2);
        Assert.That(await Page.Locator("table.history tbody tr").CountAsync(), Is.EqualTo(2));
        await ScreenshotAsync("service-history");
    }

    [Test]
    public async Task HostileEdition_RendersInert_WhenImportedAndCompared()
    {
        await OpenComparisonAsync("/compare/hostilia/2022..2023");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.That(await Page.EvaluateAsync<bool>("() => typeof window.__kzdiffPwned !== 'undefined'"), Is.False, "report text executed as script");
        Assert.That(Dialogs, Is.Empty);
        Assert.That(await Page.Locator("main img, main iframe").CountAsync(), Is.Zero);
        Assert.That(await Page.Locator("main a[href^='javascript:' i]").CountAsync(), Is.Zero);
        Assert.That(await Page.Locator("main").InnerTextAsync(), Does.Contain("onerror=").And.Contain("javascript:"));
        await ScreenshotAsync("service-hostile");
    }

    [Test]
    public async Task EditionsPage_ListsEditionsImportedAtStartup()
    {
        await WaitForImportAsync();
        Assert.That(await Page.Locator("tr[data-country*='arcadia'] td.have").CountAsync(), Is.EqualTo(2));
        Assert.That(await Page.Locator("tr[data-country*='hostilia'] td.have").CountAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task UploadForm_ImportsEditionOrExplainsRefusal_ThroughTheService()
    {
        await SignInAsync("rita", Roles.Reviewer);
        await WaitForImportAsync();
        await Page.SetInputFilesAsync("#edition-file", new FilePayload
        {
            Name = "borduria-2023.txt",
            MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes(
                "BORDURIA 2023 HUMAN RIGHTS REPORT\nExecutive Summary\nBorduria is a fictional republic. Its 2023 report is one paragraph long.\n"),
        });
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Import" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".notice.ok")).ToContainTextAsync("Imported Borduria 2023");
        await Assertions.Expect(Page.Locator("tr[data-country*='borduria'] td.have")).ToHaveCountAsync(1);

        await Page.SetInputFilesAsync("#edition-file", new FilePayload { Name = "junk.txt", MimeType = "text/plain", Buffer = [0, 159, 146, 150, 0, 1, 2] });
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Import" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".notice.bad")).ToContainTextAsync("junk.txt was not imported");
        await ScreenshotAsync("service-upload-refused");
    }

    private async Task WaitForImportAsync()
    {
        var deadline = DateTime.UtcNow + JobTimeout;
        while (true)
        {
            await Page.GotoAsync("/");
            if (await Page.Locator("tr[data-country*='arcadia'] td.have").CountAsync() == 2
                && await Page.Locator("tr[data-country*='hostilia'] td.have").CountAsync() == 2)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("the fictional editions were not imported at start-up within " + JobTimeout);
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Opens a compare page and lets it refresh by itself until the job's result is shown.</summary>
    private async Task OpenComparisonAsync(string path)
    {
        await WaitForImportAsync();
        await Page.GotoAsync(path);
        await Page.Locator("section.sec").First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)JobTimeout.TotalMilliseconds });
    }
}
