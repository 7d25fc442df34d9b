using KzDiff.Service.Accounts;
using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

/// <summary>
/// The review queue in the browser over the real service: a reviewer confirms a flag with a note, a
/// viewer sees the queue without decision buttons, a restart keeps every decision, and of two
/// reviewers deciding the same version the second is told who decided first.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ReviewBrowserTests : BrowserTestBase
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(60);

    protected override bool UsesSampleStore => false;

    [Test]
    public async Task Reviewer_ConfirmsFlagWithNote_ViewerSeesNoButtons_AndRestartKeepsIt()
    {
        await CompareArcadiaAsync(Page);
        await SignInAsync("rita", Roles.Reviewer);
        await Page.GotoAsync("/review?country=arcadia&kind=number");
        var flag = Item(Page, "47 complaints");
        await Assertions.Expect(flag.Locator(".rv-state").First).ToHaveTextAsync("open");
        await Assertions.Expect(flag.Locator("td.new ins", new LocatorLocatorOptions { HasText = "47" })).ToBeVisibleAsync();
        await Assertions.Expect(flag.Locator("td.old del", new LocatorLocatorOptions { HasText = "12" })).ToBeVisibleAsync();

        await flag.Locator("textarea[name=note]").FillAsync("Matches the ombudsman's annual report, p. 14.");
        await flag.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Confirm" }).ClickAsync();

        flag = Item(Page, "47 complaints");
        await Assertions.Expect(flag.Locator(".rv-head .rv-state")).ToHaveTextAsync("confirmed");
        await Assertions.Expect(flag.Locator(".rv-saved")).ToContainTextAsync("version 1");
        await flag.Locator(".rv-history summary").ClickAsync();
        await Assertions.Expect(flag.Locator(".rv-history li")).ToContainTextAsync("rita: confirmed");
        await Assertions.Expect(flag.Locator(".rv-history li")).ToContainTextAsync("Matches the ombudsman's annual report, p. 14.");
        await Assertions.Expect(flag.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Markdown" })).ToBeVisibleAsync();
        await ScreenshotAsync("review", fullPage: true);

        // The row on the compare page is the flagged one.
        var href = await flag.Locator("a.rv-link").GetAttributeAsync("href") ?? "";
        await flag.Locator("a.rv-link").ClickAsync();
        var anchor = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
        await Assertions.Expect(Page.Locator($"tr#{anchor} td.new")).ToContainTextAsync("47 complaints");
        var evidence = await Page.Locator("#review-links").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "evidence.md" }).GetAttributeAsync("href");
        var packet = await Page.APIRequest.GetAsync(evidence!);
        Assert.That(await packet.TextAsync(), Does.Contain("47 complaints").And.Contain("Matches the ombudsman's annual report, p. 14.").And.Contain("Confirmed by rita"));

        var viewer = await NewSignedInPageAsync("vera", Roles.Viewer);
        await viewer.GotoAsync("/review?country=arcadia");
        await Assertions.Expect(Item(viewer, "47 complaints").Locator(".rv-decided")).ToContainTextAsync("Matches the ombudsman's annual report");
        Assert.That(await viewer.Locator("form.rv-decide").CountAsync(), Is.Zero, "a viewer gets no decision buttons");
        Assert.That(await viewer.Locator(".rv").CountAsync(), Is.GreaterThan(1));
        await viewer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestEnvironment.RepositoryRoot, "jobs", "screenshots", "review-viewer.png"), FullPage = true });

        await RestartHostAsync();
        await Page.GotoAsync("/review?state=confirmed");
        var kept = Item(Page, "47 complaints");
        await Assertions.Expect(kept.Locator(".rv-decided")).ToContainTextAsync("rita");
        await Assertions.Expect(kept.Locator(".rv-decided")).ToContainTextAsync("Matches the ombudsman's annual report, p. 14.");
        Assert.That(await Page.Locator("form.rv-decide").CountAsync(), Is.Zero, "nobody is signed in on the new page");
    }

    [Test]
    public async Task SecondReviewer_SeesWhoDecidedFirst_WhenBothDecideTheSameVersion()
    {
        await CompareArcadiaAsync(Page);
        var first = await NewSignedInPageAsync("rita", Roles.Reviewer);
        var second = await NewSignedInPageAsync("sam", Roles.Reviewer);
        await first.GotoAsync("/review?country=arcadia&kind=number");
        await second.GotoAsync("/review?country=arcadia&kind=number");

        var mine = Item(first, "19 news websites");
        await mine.Locator("textarea[name=note]").FillAsync("Already in last year's report.");
        await mine.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Dismiss" }).ClickAsync();
        await Assertions.Expect(Item(first, "19 news websites").Locator(".rv-saved")).ToBeVisibleAsync();

        // The second page still shows version 0.
        var theirs = Item(second, "19 news websites");
        await theirs.Locator("textarea[name=note]").FillAsync("Six times as many sites.");
        await theirs.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Confirm" }).ClickAsync();

        var refused = Item(second, "19 news websites");
        await Assertions.Expect(refused.Locator(".rv-refused")).ToContainTextAsync("Not saved: rita decided this flag first (dismissed");
        await Assertions.Expect(refused.Locator(".rv-head .rv-state")).ToHaveTextAsync("dismissed");
        await Assertions.Expect(refused.Locator("textarea[name=note]")).ToHaveValueAsync("Six times as many sites.");
        await refused.ScrollIntoViewIfNeededAsync();
        await second.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestEnvironment.RepositoryRoot, "jobs", "screenshots", "review-conflict.png") });
    }

    private static ILocator Item(IPage page, string newText) =>
        page.Locator("li.rv", new PageLocatorOptions { Has = page.Locator("td.new", new PageLocatorOptions { HasText = newText }) }).First;

    /// <summary>Opens the compare page once the start-up import is done and waits for the job to store its result (and with it the flags).</summary>
    private static async Task CompareArcadiaAsync(IPage page)
    {
        var deadline = DateTime.UtcNow + JobTimeout;
        while (true)
        {
            await page.GotoAsync("/");
            if (await page.Locator("tr[data-country*='arcadia'] td.have").CountAsync() == 2)
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("the fictional editions were not imported at start-up within " + JobTimeout);
            }

            await Task.Delay(250);
        }

        // The page refreshes itself while the job runs.
        await page.GotoAsync("/compare/arcadia/2022..2023");
        await page.Locator("section.sec").First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)JobTimeout.TotalMilliseconds });
    }
}
