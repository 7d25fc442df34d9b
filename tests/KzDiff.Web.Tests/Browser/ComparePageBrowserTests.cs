using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

[TestFixture]
[NonParallelizable]
public sealed class ComparePageBrowserTests : BrowserTestBase
{
    private const string ComparePath = "/compare/freedonia/2022..2023";

    [Test]
    public async Task ComparePage_HighlightsWordEditsInsideSentence_WhenComparisonIsStored()
    {
        await Page.GotoAsync(ComparePath);

        var row = Page.Locator("tr.chg", new PageLocatorOptions { HasText = "complaints of torture" });
        Assert.That(await row.CountAsync(), Is.EqualTo(1));
        Assert.That(await row.Locator("td.new ins").First.InnerTextAsync(), Is.EqualTo(SampleComparisons.KnownInsertion));
        Assert.That(await row.Locator("td.old del").First.InnerTextAsync(), Is.EqualTo(SampleComparisons.KnownDeletion));
        Assert.That(await row.Locator("td.new ins").Nth(1).TextContentAsync(), Is.EqualTo("and mistreatment"));
        Assert.That(await Page.Locator("h1").InnerTextAsync(), Does.Contain("Freedonia").And.Contain("2022").And.Contain("2023"));
        await ScreenshotAsync("compare-desktop");
    }

    [Test]
    public async Task NextChangeKey_MovesToEachChangeInTurn_WhenPressed()
    {
        await Page.GotoAsync(ComparePath);
        var changes = Page.Locator("tr.chg");
        var first = await changes.Nth(0).GetAttributeAsync("id");
        var second = await changes.Nth(1).GetAttributeAsync("id");

        await Page.Keyboard.PressAsync("n");
        await Expect(Page.Locator("tr.chg.current")).ToHaveAttributeAsync("id", first!);
        await Page.Keyboard.PressAsync("n");
        var current = Page.Locator("tr.chg.current");
        await Expect(current).ToHaveAttributeAsync("id", second!);
        Assert.That(Page.Url, Does.EndWith("#" + second));
        Assert.That(await IsInViewportAsync(current), Is.True, "the selected change is scrolled into view");

        await Page.Keyboard.PressAsync("k");
        await Expect(Page.Locator("tr.chg.current")).ToHaveAttributeAsync("id", first!);
        await Page.Keyboard.PressAsync("j");
        await Page.Keyboard.PressAsync("j");
        await ScreenshotAsync("compare-next-change");

        await Page.Keyboard.PressAsync("?");
        await Expect(Page.Locator("dialog#keys")).ToBeVisibleAsync();
        await ScreenshotAsync("compare-keys-dialog");
    }

    [Test]
    public async Task ChangesOnlyToggle_HidesUnchangedTextAndSections_WhenChecked()
    {
        await Page.GotoAsync(ComparePath);
        var unchangedRuns = Page.Locator("tr.run");
        var unchangedSection = Page.Locator("section.sec.unchanged").First;
        Assert.That(await unchangedRuns.First.IsVisibleAsync(), Is.True);
        Assert.That(await unchangedSection.IsVisibleAsync(), Is.True);

        await Page.GetByLabel("Changes only").CheckAsync();

        await Expect(unchangedRuns.First).ToBeHiddenAsync();
        await Expect(unchangedSection).ToBeHiddenAsync();
        await Expect(Page.Locator("tr.chg").First).ToBeVisibleAsync();
        Assert.That(Page.Url, Does.Contain("changes=true"));
        await ScreenshotAsync("compare-changes-only");

        // The same filter without a script: the server leaves unchanged text out altogether.
        await Page.GotoAsync(ComparePath + "?changes=true&substantive=true");
        Assert.That(await Page.Locator("tr.run").CountAsync(), Is.Zero);
        Assert.That(await Page.Locator("tr.k-routine, tr.k-formatting").CountAsync(), Is.Zero);
        Assert.That(await Page.Locator("tr.chg").CountAsync(), Is.GreaterThan(3));
    }

    [Test]
    public async Task Permalink_ScrollsToAndHighlightsSentence_WhenOpenedWithFragment()
    {
        await Page.GotoAsync(ComparePath);
        var id = await Page.Locator("tr.chg", new PageLocatorOptions { HasText = "19" }).First.GetAttributeAsync("id");
        Assert.That(id, Does.Match("^c-[0-9a-f]{10}$"));

        await Page.GotoAsync("about:blank");
        await Page.GotoAsync($"{ComparePath}#{id}");

        var target = Page.Locator("#" + id);
        await Expect(target).ToHaveClassAsync(new Regex(@"\bcurrent\b"));
        Assert.That(await IsInViewportAsync(target), Is.True, "the permalinked sentence is scrolled into view");
        var background = await target.Locator("td.new").EvaluateAsync<string>("td => getComputedStyle(td).backgroundColor");
        Assert.That(background, Is.EqualTo("rgb(255, 248, 214)"), "the permalinked sentence is highlighted");
        await ScreenshotAsync("compare-permalink");
    }

    [Test]
    public async Task MovedSentence_LinksBothEndsPairedById_WhenMovedBetweenSections()
    {
        await Page.GotoAsync(ComparePath);
        var departure = Page.Locator("tr.mv-out");
        var arrival = Page.Locator("tr.mv-in");
        Assert.That(await departure.GetAttributeAsync("data-move"), Is.EqualTo("m1"));
        Assert.That(await arrival.GetAttributeAsync("data-move"), Is.EqualTo("m1"));
        await Expect(departure.Locator(".move")).ToHaveTextAsync("\u21B7 moved to 2.a Freedom of Expression, Including for the Press (2023 numbering)");
        await Expect(arrival.Locator(".move")).ToHaveTextAsync("\u21B6 moved from 1.c Torture and Other Cruel Punishment (2022 numbering)");
        Assert.That(await Page.Locator("tr.st-moved td.empty").CountAsync(), Is.Zero, "no empty stub on either end");
        Assert.That(await departure.Locator(".move a").GetAttributeAsync("href"), Is.EqualTo("#" + await arrival.GetAttributeAsync("id")));
        Assert.That(await arrival.Locator(".move a").GetAttributeAsync("href"), Is.EqualTo("#" + await departure.GetAttributeAsync("id")));

        await departure.Locator(".move a").ClickAsync();
        await Expect(arrival).ToHaveClassAsync(new Regex(@"\bcurrent\b"));
    }

    [Test]
    public async Task WholeSentences_AreTintedNotMarked_WhenAddedOrRemoved()
    {
        await Page.GotoAsync(ComparePath);
        var added = Page.Locator("tr.st-added", new PageLocatorOptions { HasText = "Oakport" });
        var removed = Page.Locator("tr.st-removed", new PageLocatorOptions { HasText = "review of detention practices" });

        Assert.That(await added.Locator("ins").CountAsync() + await removed.Locator("del").CountAsync(), Is.Zero, "no underline or strike over a whole sentence");
        Assert.That(await added.Locator("td.new").EvaluateAsync<string>("td => getComputedStyle(td).backgroundColor"), Is.EqualTo("rgb(227, 244, 230)"));
        Assert.That(await removed.Locator("td.old").EvaluateAsync<string>("td => getComputedStyle(td).backgroundColor"), Is.EqualTo("rgb(251, 230, 228)"));
        Assert.That(await removed.Locator("td.old a.pl").CountAsync(), Is.EqualTo(1), "the permalink sits beside the text");
        var emptyCells = await Page.Locator("tr.chg td.empty").EvaluateAllAsync<string[]>("tds => tds.map(td => td.textContent)");
        Assert.That(emptyCells, Is.Not.Empty);
        Assert.That(emptyCells, Has.All.Empty, "no lone # in an empty opposite cell");
        await ScreenshotAsync("compare-tinted");
    }

    [Test]
    public async Task TextSearch_KeepsOnlyMatchingSentences_WhenQueryGiven()
    {
        await Page.GotoAsync(ComparePath);
        await Page.GetByLabel("Find").FillAsync("UNHCR");
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply" }).ClickAsync();

        await Expect(Page.Locator("p.found")).ToContainTextAsync("2 matches");
        Assert.That(await Page.Locator("mark").CountAsync(), Is.EqualTo(2));
        Assert.That(await Page.Locator("section.sec").CountAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task ComparePage_ShowsProgressAndRefreshes_WhenJobStillRuns()
    {
        await Page.GotoAsync("/compare/freedonia/2020..2022");
        await Expect(Page.Locator("section.job")).ToContainTextAsync("Comparing");
        Assert.That(await Page.Locator("progress").GetAttributeAsync("value"), Is.EqualTo("40"));
        // With a script the page polls the job's status address instead of reloading itself.
        Assert.That(await Page.Locator("section.job").GetAttributeAsync("data-status-url"), Does.Match("^/api/comparisons/[0-9a-f-]{36}$"));
        await ScreenshotAsync("compare-pending");

        await using var noScript = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await noScript.NewPageAsync();
        await page.GotoAsync("/compare/freedonia/2020..2022");
        Assert.That(await page.Locator("meta[http-equiv=refresh]").CountAsync(), Is.EqualTo(1), "without a script the page reloads itself");
    }

    [Test]
    public async Task ComparePage_OffersRetry_WhenJobFailed()
    {
        await Page.GotoAsync("/compare/freedonia/2021..2023");
        await Assertions.Expect(Page.Locator("section.job.failed")).ToContainTextAsync("could not be aligned");

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Try again" }).ClickAsync();

        await Page.WaitForURLAsync("**/compare/freedonia/2021..2023");
        await WaitForAsync(() => Samples.Calls.Count(c => c == ("freedonia", 2021, 2023)) == 2, "the failed comparison runs again");
        await ScreenshotAsync("compare-failed");
    }

    [Test]
    public async Task ComparePage_FitsPhoneWidth_WhenViewportIsNarrow()
    {
        await SetPhoneWidthAsync();
        await Page.GotoAsync(ComparePath + "#" + "sec-1.a");
        await ScreenshotAsync("compare-phone");
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var widest = await Page.EvaluateAsync<string>(WidestElementScript);
        Assert.That(overflow, Is.LessThanOrEqualTo(0), () => "widest: " + widest + "; no sideways scrolling on a phone");
        Assert.That(await Page.Locator(".tree-box").GetAttributeAsync("open"), Is.Null, "the section tree starts folded on a phone");
    }

    [Test]
    public async Task ComparePage_FiltersThroughPlainForm_WhenJavaScriptIsOff()
    {
        await using var noScript = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await noScript.NewPageAsync();
        await page.GotoAsync(ComparePath);
        Assert.That(await page.Locator("tr.run").CountAsync(), Is.GreaterThan(0));

        await page.GetByLabel("Changes only").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply" }).ClickAsync();

        await page.WaitForURLAsync("**changes=true**");
        Assert.That(await page.Locator("tr.run").CountAsync(), Is.Zero);
        Assert.That(await page.Locator("tr.chg ins").First.IsVisibleAsync(), Is.True);
    }

    [Test]
    public async Task ComparePage_LeavesOutControls_WhenPrinted()
    {
        await Page.GotoAsync(ComparePath);
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(Page.Locator("form.filters")).ToBeHiddenAsync();
        await Expect(Page.Locator("nav.tree")).ToBeHiddenAsync();
        await Expect(Page.Locator("tr.chg").First).ToBeVisibleAsync();
        await ScreenshotAsync("compare-print");
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), what);
            await Task.Delay(50);
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [Test]
    public async Task KeyChanges_AreListedAboveTheCountsAndLinkToTheirRows_WhenTheComparisonHasFlags()
    {
        await Page.GotoAsync(ComparePath);

        var keys = Page.Locator("section.key-changes");
        await Expect(keys.Locator("h2")).ToHaveTextAsync("Key changes");
        Assert.That(await keys.Locator(".summary-text").InnerTextAsync(), Does.Contain("numbers changed"));
        var above = await Page.EvaluateAsync<bool>("() => !!(document.querySelector('section.key-changes').compareDocumentPosition(document.querySelector('dl.stats')) & Node.DOCUMENT_POSITION_FOLLOWING)");
        Assert.That(above, Is.True, "the key changes come before the counts");
        var first = keys.Locator("li").First;
        Assert.That(await first.InnerTextAsync(), Does.Contain("number").And.Contain("12 → 47 (complaints of torture)"));

        await first.Locator("a").ClickAsync();
        var target = Page.Locator("tr.chg", new PageLocatorOptions { HasText = "complaints of torture" });
        Assert.That(Page.Url, Does.EndWith("#" + await target.GetAttributeAsync("id")));
        Assert.That(await IsInViewportAsync(target), Is.True, "the key change's row is scrolled into view");
    }

    [Test]
    public async Task FlagBadges_ShowTheKindAsTextWithTheExplanationAsTitle_OnFlaggedRows()
    {
        await Page.GotoAsync(ComparePath);

        var row = Page.Locator("tr.chg", new PageLocatorOptions { HasText = "news websites" });
        var badges = row.Locator(".flag");
        Assert.That(await badges.CountAsync(), Is.EqualTo(2));
        Assert.That(await badges.First.InnerTextAsync(), Does.StartWith("number"));
        Assert.That(await badges.First.GetAttributeAsync("title"), Is.EqualTo("3 → 19 (news websites)"));
        var unflagged = Page.Locator("tr.chg", new PageLocatorOptions { HasText = "detention practices" });
        Assert.That(await unflagged.Locator(".flag").CountAsync(), Is.Zero);
        await Expect(Page.Locator("section[id='sec-old-2.f'] .sec-head .flag")).ToHaveTextAsync(new Regex("section"));
    }

    [Test]
    public async Task FlaggedOnlyFilter_KeepsOnlyFlaggedRows_WithoutJavaScript()
    {
        await Page.GotoAsync(ComparePath + "?flagged=true");

        var rows = Page.Locator("tr.chg");
        Assert.That(await rows.CountAsync(), Is.EqualTo(3), "the torture, Oakport and websites rows");
        Assert.That(await Page.Locator("tr.chg:not(:has(.flag))").CountAsync(), Is.Zero);
        Assert.That(await Page.Locator("tr.run").CountAsync(), Is.Zero, "unchanged text is hidden");
        Assert.That(await Page.Locator("p.found").InnerTextAsync(), Does.StartWith("3 flagged changes"));
        Assert.That(await Page.Locator("#f-flagged").IsCheckedAsync(), Is.True);
    }

    [Test]
    public async Task KindFilter_KeepsRowsWithAFlagOfThatKind_WhenChosen()
    {
        await Page.GotoAsync(ComparePath);
        await Page.Locator("#f-kind").SelectOptionAsync("entity");
        await Page.Locator("#filters button[type=submit]").ClickAsync();

        Assert.That(Page.Url, Does.Contain("kind=entity"));
        var rows = Page.Locator("tr.chg");
        Assert.That(await rows.CountAsync(), Is.EqualTo(1));
        Assert.That(await rows.First.InnerTextAsync(), Does.Contain("Oakport"));
        Assert.That(await Page.Locator("#f-kind option[value=number]").InnerTextAsync(), Is.EqualTo("number (2)"));
    }

    [Test]
    public async Task ScoreSort_ListsFlaggedRowsMostSignificantFirst_WhenChosen()
    {
        await Page.GotoAsync(ComparePath + "?sort=score");

        var rows = Page.Locator("section.ranked tr.chg");
        Assert.That(await rows.CountAsync(), Is.EqualTo(3));
        Assert.That(await rows.Nth(0).InnerTextAsync(), Does.Contain("complaints of torture"));
        Assert.That(await rows.Nth(1).InnerTextAsync(), Does.Contain("news websites"));
        Assert.That(await rows.Nth(2).InnerTextAsync(), Does.Contain("Oakport"));
        Assert.That(await Page.Locator("section.ranked tr.where").First.InnerTextAsync(), Does.Contain("Arbitrary Deprivation of Life"));
        await ScreenshotAsync("compare-most-significant");
    }
}
