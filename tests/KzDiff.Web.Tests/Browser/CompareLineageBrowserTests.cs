using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

/// <summary>Sentence lineage on the compare page, over the fictional editions and the real engine.</summary>
[TestFixture]
[NonParallelizable]
public sealed partial class CompareLineageBrowserTests : BrowserTestBase
{
    protected override bool UsesSampleStore => false;

    [Test]
    public async Task ComparePage_ShowsSinceWhenEachSentenceStandsAndDimsCarriedText_WhenToggled()
    {
        await Page.GotoAsync("/compare/arcadia/2022..2023");
        await Page.GetByLabel("Since when each sentence stands").CheckAsync();

        var labels = Page.Locator("#cmp .lin");
        await Assertions.Expect(labels.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 60_000 });
        var texts = await labels.AllTextContentsAsync();
        Assert.That(texts, Is.All.Match(Since()));
        Assert.That(texts, Has.Some.EqualTo("since 2022"), "an unchanged sentence stands since the first stored year");
        var changed = await Page.Locator("tr.chg .lin").AllTextContentsAsync();
        Assert.That(changed, Has.Some.Match("^since 2022, reworded in 2023$|^since 2023$"), "a changed sentence says when it changed or arrived");
        await ScreenshotAsync("compare-lineage");

        await Page.GetByLabel("Dim text carried forward unchanged").CheckAsync();
        await Assertions.Expect(Page.Locator("#cmp")).ToHaveClassAsync(DimClass());
        var carried = Page.Locator("#cmp .carried").First;
        var fresh = Page.Locator("tr.chg.k-substantive:not(.carried) td.new").First;
        var colours = new[] { await carried.EvaluateAsync<string>("e => getComputedStyle(e).color"), await fresh.EvaluateAsync<string>("e => getComputedStyle(e).color") };
        Assert.That(colours[0], Is.Not.EqualTo(colours[1]), "carried-forward text is dimmed, the rest is not");

        // The choice is remembered: the next page shows the history without asking again.
        await Page.ReloadAsync();
        await Assertions.Expect(labels.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
    }

    [GeneratedRegex(@"^since 20\d\d(, reworded in 20\d\d((, 20\d\d)* and 20\d\d)?)?$")]
    private static partial Regex Since();

    [GeneratedRegex(@"\bdim-carried\b")]
    private static partial Regex DimClass();
}
