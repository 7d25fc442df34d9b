using System.Text.Json;
using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

/// <summary>
/// Issue 13, point 1, on the sidebar outline and the main pane: after a restructuring both follow
/// the new edition's outline, a merge stands once with its sources, and a removed subsection sits
/// under its own parent. In the same fixture as the other corpus pages, so the comparisons are computed once.
/// </summary>
public sealed partial class CorpusComparePageBrowserTests
{
    /// <summary>Every outline entry: depth, title, fate, link and whether it was repeated as context; folded entries included.</summary>
    private const string OutlineScript = """
        () => [...document.querySelectorAll('nav.tree li[class^="d"]')].map(li => ({
          depth: +li.className.match(/^d(\d)/)[1],
          title: li.querySelector('a').textContent.trim(),
          fate: (li.querySelector('.fate') || {}).textContent || '',
          href: li.querySelector('a').getAttribute('href'),
          removed: !!li.querySelector('.b-removed')
        }))
        """;

    /// <summary>The main pane's section titles and part labels, in page order.</summary>
    private const string PaneScript = """
        () => [...document.querySelectorAll('#panes > section.sec[id]')].map(s => ({
          id: s.id,
          title: (s.querySelector('.sec-head h2, .sec-head h3, .sec-head h4') || {}).textContent || '',
          part: (s.querySelector('.part-from') || {}).textContent || ''
        }))
        """;

    [Test]
    public async Task Outline_FollowsTheNewOrder_WithRemovedLgbtqiSectionsUnderTheirParent_WhenKazakhstan2024WasRestructured()
    {
        await OpenWhenComputedAsync("/compare/kazakhstan/2023..2024");
        var outline = await OutlineAsync();
        var titles = outline.Select(e => e.Title).ToList();

        // The 2024 outline: Section 2 Liberty, then the added Section 3 Security of the Person, then 3.a Torture (old 1.c).
        var liberty = titles.FindIndex(t => t.Contains("Liberty", StringComparison.Ordinal));
        var security = titles.FindIndex(t => t.Contains("Security of the Person", StringComparison.Ordinal));
        var torture = titles.FindIndex(t => t.StartsWith("a. Torture", StringComparison.Ordinal));
        Assert.That(liberty, Is.GreaterThanOrEqualTo(0), string.Join(" | ", titles));
        Assert.That(security, Is.GreaterThan(liberty).And.LessThan(torture), string.Join(" | ", titles));
        Assert.That(outline[torture].Fate, Does.Contain("from 1.c"), "where 1.c went is told on the section it became");
        Assert.That(ParentOf(outline, torture)?.Title, Does.Contain("Security of the Person"), "3.a under its new parent");

        // The removed LGBTQI+ subsections: marked removed, under old Section 6's place, not under Security of the Person.
        var lgbtqi = Enumerable.Range(0, outline.Count).Where(i => outline[i].Title.Contains("Sexual Orientation", StringComparison.Ordinal)).ToList();
        Assert.That(lgbtqi, Is.Not.Empty, string.Join(" | ", titles));
        foreach (var i in lgbtqi)
        {
            Assert.That(outline[i].Removed, Is.True, outline[i].Title + " is marked removed");
            Assert.That(ParentOf(outline, i)?.Title, Does.Contain("Discrimination"), outline[i].Title);
        }

        AssertNoTitleTwice(outline);
        await AssertPaneFollowsOutlineAsync(outline);
        await SaveOutlineScreenshotsAsync("outline-kz-2023-2024", outline[lgbtqi[0]].Href);
    }

    [Test]
    public async Task Outline_ShowsTheMergeInto2cOnce_WithItsSourcesAndPartsUnderIt_WhenBelarus2024MergedSections()
    {
        await OpenWhenComputedAsync("/compare/belarus/2023..2024");
        var outline = await OutlineAsync();

        var merges = outline.Where(e => e.Title.Contains("Prolonged Detention without Charges", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(merges, Has.Count.EqualTo(1), "the merge into 2.c is one entry: " + string.Join(" | ", outline.Select(e => e.Title)));
        var merge = merges[0];
        Assert.That(merge.Fate, Does.StartWith("merged from").And.Contain("1.d").And.Contain("Pretrial Detention"));
        AssertNoTitleTwice(outline);

        // The main pane: the title once, then every merged part's rows under it, each saying which old section it was.
        await LoadEverySectionAsync();
        var pane = await PaneAsync();
        var lead = pane.FindIndex(s => "#" + s.Id == merge.Href);
        Assert.That(lead, Is.GreaterThanOrEqualTo(0));
        Assert.That(pane.Count(s => s.Title.Contains("Prolonged Detention without Charges", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1));
        var parts = pane.Skip(lead).TakeWhile((s, k) => k == 0 || (s.Title.Length == 0 && s.Part.Length > 0)).ToList();
        Assert.That(parts.Count, Is.GreaterThanOrEqualTo(3), "1.d, its sub-heading and Pretrial Detention: " + string.Join(" | ", parts.Select(p => p.Part)));
        Assert.That(parts.Select(p => p.Part), Has.All.StartWith("from "));
        Assert.That(parts.Select(p => p.Part), Has.Some.Contains("1.d"));

        // The sources link to the parts on the page, and each part keeps its own anchor.
        var links = await Page.Locator($"section[id='{merge.Href[1..]}'] p.fate a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.That(links.Length, Is.GreaterThanOrEqualTo(2));
        Assert.That(links.Select(href => href[1..]), Is.SubsetOf(parts.Select(p => p.Id)));
        await Page.GotoAsync("/compare/belarus/2023..2024#" + parts[^1].Id);
        await Assertions.Expect(Page.Locator($"section[id='{parts[^1].Id}']")).ToBeInViewportAsync();

        await AssertPaneFollowsOutlineAsync(outline);
        await SaveOutlineScreenshotsAsync("outline-belarus-2023-2024", merge.Href);
    }

    private async Task<List<OutlineItem>> OutlineAsync()
    {
        var json = await Page.EvaluateAsync<JsonElement>(OutlineScript);
        return [.. json.EnumerateArray().Select(e => new OutlineItem(
            e.GetProperty("depth").GetInt32(), e.GetProperty("title").GetString()!, e.GetProperty("fate").GetString()!,
            e.GetProperty("href").GetString()!, e.GetProperty("removed").GetBoolean()))];
    }

    private async Task<List<PaneSection>> PaneAsync()
    {
        var json = await Page.EvaluateAsync<JsonElement>(PaneScript);
        return [.. json.EnumerateArray().Select(e => new PaneSection(e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!.Trim(), e.GetProperty("part").GetString()!.Trim()))];
    }

    /// <summary>The nearest entry above with a smaller depth.</summary>
    private static OutlineItem? ParentOf(List<OutlineItem> outline, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (outline[i].Depth < outline[index].Depth)
            {
                return outline[i];
            }
        }

        return null;
    }

    /// <summary>Each section once: no entry twice, and no title twice under one parent (a repeated parent or a merge told per part would be).</summary>
    private static void AssertNoTitleTwice(List<OutlineItem> outline)
    {
        Assert.That(outline.Select(e => e.Href), Is.Unique);
        var placed = outline.Select((e, i) => (ParentOf(outline, i)?.Href ?? "", e.Title)).ToList();
        Assert.That(placed, Is.Unique);
    }

    /// <summary>The main pane's sections with a title stand in the outline's order, and every other block is a part of the one before.</summary>
    private async Task AssertPaneFollowsOutlineAsync(List<OutlineItem> outline)
    {
        var pane = await PaneAsync();
        Assert.That(pane.Where(s => s.Title.Length == 0).Select(s => s.Part), Has.All.StartWith("from "), "a block without a title is a part of a merge");
        Assert.That(pane.Where(s => s.Title.Length > 0).Select(s => "#" + s.Id), Is.EqualTo(outline.Select(e => e.Href)));
    }

    /// <summary>The top of the page, then the sidebar outline and the main pane at the entry <paramref name="href"/> links to.</summary>
    private async Task SaveOutlineScreenshotsAsync(string name, string href)
    {
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await ScreenshotAsync(name + "-top");
        var link = Page.Locator($"nav.tree a[href='{href}']");
        await link.ClickAsync();
        await Assertions.Expect(Page.Locator($"section[id='{href[1..]}']")).ToBeInViewportAsync();
        await link.EvaluateAsync("a => a.scrollIntoView({ block: 'center' })");
        await ScreenshotAsync(name);
    }

    private sealed record OutlineItem(int Depth, string Title, string Fate, string Href, bool Removed);

    private sealed record PaneSection(string Id, string Title, string Part);
}
