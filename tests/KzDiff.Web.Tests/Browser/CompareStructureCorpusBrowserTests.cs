using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

/// <summary>
/// The compare page over real editions (../shared/editions) compared by the real engine: the
/// outline map after Kazakhstan's 2024 restructuring, the section filter with its sub-headings,
/// and moved sentences paired by the engine's move id. The editions are copied to a temporary
/// folder the service imports at start-up; nothing of them enters the repository.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class CompareStructureCorpusBrowserTests : BrowserTestBase
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(180);

    private string? importFolder;

    protected override bool UsesSampleStore => false;

    protected override string? ImportFolder()
    {
        var corpus = TestEnvironment.RequireCorpus();
        importFolder = Directory.CreateTempSubdirectory("kzdiff-corpus-browser-").FullName;
        foreach (var year in new[] { 2021, 2022, 2023, 2024 })
        {
            File.Copy(Path.Combine(corpus, "state-gov", year.ToString(CultureInfo.InvariantCulture), "kazakhstan.html"),
                Path.Combine(importFolder, $"kazakhstan-{year}.html"));
        }

        return importFolder;
    }

    [OneTimeTearDown]
    public void RemoveImportFolder()
    {
        if (importFolder is not null)
        {
            Directory.Delete(importFolder, recursive: true);
        }
    }

    [Test]
    public async Task OutlineMap_ShowsWhereEachOldSectionWent_WhenKazakhstan2024WasRestructured()
    {
        await OpenComparisonAsync("/compare/kazakhstan/2023..2024");
        var map = Page.Locator("details#outline-map");
        Assert.That(await map.GetAttributeAsync("open"), Is.Not.Null, "open at first after a restructuring");
        await ScreenshotAsync("outline-2023-2024-top");
        var oldColumn = map.Locator("ol.om-old");
        var newColumn = map.Locator("ol.om-new");

        // 1.c went to 3.a: the old entry says so with a link to the new section's block.
        var torture = oldColumn.Locator("li.om", new LocatorLocatorOptions { HasTextRegex = new Regex(@"^1\.c Torture") });
        await Expect(torture.Locator(".om-fate")).ToContainTextAsync("moved to 3.a Torture");
        var target = await torture.Locator(".om-fate a").GetAttributeAsync("href");
        Assert.That(await Page.Locator($"section[id='{target![1..]}']").CountAsync(), Is.EqualTo(1), "the arrow links to the section on the page");

        // "Security of the Person" is an added section of the new outline, in new order (after 2, before its own 3.a).
        var newNames = await newColumn.Locator("li.om > a").AllTextContentsAsync();
        var security = newNames.ToList().FindIndex(name => name.StartsWith("3 Security of the Person", StringComparison.Ordinal));
        var liberty = newNames.ToList().FindIndex(name => name.StartsWith("2 Liberty", StringComparison.Ordinal));
        var threeA = newNames.ToList().FindIndex(name => name.StartsWith("3.a ", StringComparison.Ordinal));
        Assert.That(security, Is.GreaterThan(liberty).And.LessThan(threeA), string.Join(" | ", newNames));
        Assert.That(liberty, Is.GreaterThanOrEqualTo(0));
        await Expect(newColumn.Locator("li.om", new LocatorLocatorOptions { HasTextRegex = new Regex(@"^3 Security of the Person") })).ToContainTextAsync("added");

        // The removed LGBTQI+ subsections stay in the old column, under their own old parent (Section 6).
        var lgbtqi = oldColumn.Locator("li.om", new LocatorLocatorOptions { HasText = "Based on Sexual Orientation" });
        await Expect(lgbtqi).ToContainTextAsync("removed");
        Assert.That(await newColumn.Locator("li.om", new LocatorLocatorOptions { HasText = "Based on Sexual Orientation" }).CountAsync(), Is.Zero);
        var parent = await lgbtqi.EvaluateAsync<string>(ParentEntryScript);
        Assert.That(parent, Does.StartWith("6 Discrimination"), "the nearest shallower entry above it is its old parent");

        // A merge is told once, on the new section, with every old section it came from.
        var merges = newColumn.Locator("li.om-merged");
        Assert.That(await merges.CountAsync(), Is.GreaterThan(0));
        foreach (var merge in await merges.AllAsync())
        {
            Assert.That(await merge.Locator(".om-fate a").CountAsync(), Is.GreaterThanOrEqualTo(2));
            Assert.That(await merge.Locator(".om-fate").InnerTextAsync(), Does.Contain("merged from").And.Not.Contain("renamed"));
        }

        Assert.That(await oldColumn.Locator("li.om-renamed", new LocatorLocatorOptions { HasText = "merged" }).CountAsync(), Is.Zero);
        await map.ScrollIntoViewIfNeededAsync();
        await Page.SetViewportSizeAsync(1280, 1400);
        await map.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(TestEnvironment.RepositoryRoot, "jobs", "screenshots", "outline-2023-2024-map.png") });
    }

    [Test]
    public async Task NavTree_RepeatsTheOldParent_WhenARemovedSubsectionFollowsAnAddedSection()
    {
        await OpenComparisonAsync("/compare/kazakhstan/2023..2024");

        var items = Page.Locator("nav.tree li[class^='d']");
        var texts = await items.EvaluateAllAsync<string[]>("els => els.map(e => e.className + '|' + e.querySelector('a').textContent)");
        var lgbtqi = Array.FindIndex(texts, t => t.Contains("Based on Sexual Orientation", StringComparison.Ordinal));
        Assert.That(lgbtqi, Is.GreaterThan(0));
        var depth = int.Parse(texts[lgbtqi][1..2], CultureInfo.InvariantCulture);
        var above = texts.Take(lgbtqi).Last(t => int.Parse(t[1..2], CultureInfo.InvariantCulture) < depth);
        Assert.That(above, Does.Contain("Discrimination and Societal Abuses"), "its parent, not the added Security of the Person: " + above);
    }

    [Test]
    public async Task SectionFilter_KeepsSubheadingsAndCountsFollow_WhenSectionChosen()
    {
        await OpenComparisonAsync("/compare/kazakhstan/2021..2022");
        var everything = await AddedCountAsync();

        await Page.GotoAsync("/compare/kazakhstan/2021..2022?section=sec-2.a");
        await LoadEverySectionAsync();
        var blocks = await Page.Locator("section.sec").EvaluateAllAsync<string[]>("els => els.map(e => e.id)");
        Assert.That(blocks.Length, Is.GreaterThan(1), "the sub-headings of 2.a come with it");
        Assert.That(blocks, Has.All.Match(@"^sec-(old-)?2\.a(_|$)"));
        await Expect(Page.Locator("p.section-scope")).ToContainTextAsync("2.a");
        var added = await Page.Locator("tr.st-added").CountAsync();
        Assert.That(await AddedCountAsync(), Is.EqualTo(added), "the sentence counts at the top are those of 2.a and its sub-headings");
        Assert.That(added, Is.LessThan(everything));
        Assert.That(await Page.Locator(".stats").InnerTextAsync(), Does.Contain("of " + blocks.Length.ToString(CultureInfo.InvariantCulture)));

        await Page.GotoAsync("/compare/kazakhstan/2021..2022?section=2.b&q=protest");
        await LoadEverySectionAsync();
        var found = await Page.Locator("p.found[role=status]", new PageLocatorOptions { HasTextRegex = new Regex("match") }).InnerTextAsync();
        Assert.That(int.Parse(MatchCount().Match(found).Groups[1].Value, CultureInfo.InvariantCulture), Is.GreaterThan(0), found);
        Assert.That(await Page.Locator("section.sec:not([id='sec-2.b']) mark").CountAsync(), Is.GreaterThan(0), "matches in the children of 2.b");

        await Page.GotoAsync("/compare/kazakhstan/2021..2022?section=sec-9.z");
        await Expect(Page.Locator("p.section-unknown")).ToContainTextAsync("no section \u201Csec-9.z\u201D");
        Assert.That(await Page.Locator("section.sec").CountAsync(), Is.GreaterThan(10), "not a silent empty page");
        await ScreenshotAsync("section-filter-unknown");
    }

    [Test]
    public async Task MovedSentence_PairsBothEndsById_WhenKazakhstan2022MovedAndReorderedSentences()
    {
        await OpenComparisonAsync("/compare/kazakhstan/2021..2022");

        var departures = await Page.Locator("tr.mv-out").AllAsync();
        Assert.That(departures, Is.Not.Empty);
        foreach (var departure in departures)
        {
            var id = await departure.GetAttributeAsync("data-move");
            Assert.That(id, Does.Match("^m[0-9]+$"));
            var arrival = Page.Locator($"tr.mv-in[data-move='{id}']");
            Assert.That(await arrival.CountAsync(), Is.EqualTo(1), "one arrival per move id");
            Assert.That(await departure.Locator(".move a").GetAttributeAsync("href"), Is.EqualTo("#" + await arrival.GetAttributeAsync("id")));
            Assert.That(await arrival.Locator(".move a").GetAttributeAsync("href"), Is.EqualTo("#" + await departure.GetAttributeAsync("id")));
            Assert.That(await departure.Locator("ins, del").CountAsync(), Is.Zero, "the edit is shown where the sentence arrived");
        }

        Assert.That(await Page.Locator("tr.st-moved td.empty").CountAsync(), Is.Zero, "no empty stubs");
        // Inside one section a move is a reorder and says so, never "moved from" its own section.
        var reorders = Page.Locator("tr.mv-in.mv-re .move");
        Assert.That(await reorders.CountAsync(), Is.GreaterThan(0));
        Assert.That(await reorders.AllTextContentsAsync(), Has.All.Contain("in this section"));
        var elsewhere = Page.Locator("tr.mv-in:not(.mv-re) .move");
        Assert.That(await elsewhere.AllTextContentsAsync(), Has.Some.Match(@"moved from \d\.[a-z] .+ \(2021 numbering\)"));
        var edited = Page.Locator("tr.mv-in", new PageLocatorOptions { Has = Page.Locator("td.new ins") }).First;
        Assert.That(await edited.Locator("td.old del").CountAsync() + await edited.Locator("td.new ins").CountAsync(), Is.GreaterThan(1), "a moved and edited sentence shows its word edits at the arrival");

        await Page.Locator("tr.mv-out .move a").First.ClickAsync();
        await Expect(Page.Locator("tr.mv-in.current")).ToHaveCountAsync(1);
        await ScreenshotAsync("moved-by-id");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>The text of the nearest entry above with a smaller depth class (d0..d4).</summary>
    private const string ParentEntryScript = """
        li => {
          const depth = +li.className.match(/\bd(\d)/)[1];
          const all = [...li.closest('ol.om-list').querySelectorAll('li.om')];
          for (let i = all.indexOf(li) - 1; i >= 0; i--) {
            const d = +all[i].className.match(/\bd(\d)/)[1];
            if (d < depth) { return all[i].querySelector('a').textContent; }
          }
          return '';
        }
        """;

    private async Task<int> AddedCountAsync()
    {
        // The counter reads "+249" followed by " added" for screen readers.
        var text = await Page.Locator(".stats div", new PageLocatorOptions { HasText = "Sentences" }).Locator(".plus").InnerTextAsync();
        var digits = System.Text.RegularExpressions.Regex.Match(text, @"\d+").Value;
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Opens a compare page and lets it refresh by itself until the comparison job has stored its
    /// result; then fetches every section, as these tests read the whole page.
    /// </summary>
    private async Task OpenComparisonAsync(string path)
    {
        await Page.GotoAsync(path);
        await Page.Locator("section.sec").First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)JobTimeout.TotalMilliseconds });
        await LoadEverySectionAsync();
    }

    [GeneratedRegex(@"(\d+) match")]
    private static partial Regex MatchCount();
}
