using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

/// <summary>Keeping one's place, sources and citations, errors for people and accessibility on the compare page and around it.</summary>
[TestFixture]
[NonParallelizable]
public sealed partial class CompareChromeBrowserTests : BrowserTestBase
{
    [System.Text.RegularExpressions.GeneratedRegex("CfDJ8[\\w-]+")]
    private static partial System.Text.RegularExpressions.Regex Tokens();

    private const string ComparePath = "/compare/freedonia/2022..2023";

    /// <summary>WCAG contrast ratio of two CSS colours ("rgb(r, g, b)" or "rgba(...)") as the browser computes them.</summary>
    internal const string ContrastScript = """
        ([a, b]) => {
          const parse = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
          const lum = c => {
            const [r, g, b] = parse(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
          return (x + 0.05) / (y + 0.05);
        }
        """;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [Test]
    public async Task ChangeCounter_ShowsPositionAndStepsWithOnScreenButtons_WhenClicked()
    {
        await Page.GotoAsync(ComparePath);
        var changes = Page.Locator("tr.chg");
        var total = await changes.CountAsync();
        Assert.That(total, Is.GreaterThan(2));
        await Expect(Page.Locator("#stepper")).ToBeVisibleAsync();
        await Expect(Page.Locator("#step-total")).ToHaveTextAsync(total.ToString(CultureInfo.InvariantCulture));
        await Expect(Page.Locator("#step-pos")).ToContainTextAsync($"of {total}");

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Next" }).ClickAsync();
        await Expect(Page.Locator("tr.chg.current")).ToHaveAttributeAsync("id", (await changes.Nth(0).GetAttributeAsync("id"))!);
        await Expect(Page.Locator("#step-n")).ToHaveTextAsync("1");
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Next" }).ClickAsync();
        await Expect(Page.Locator("tr.chg.current")).ToHaveAttributeAsync("id", (await changes.Nth(1).GetAttributeAsync("id"))!);
        await Expect(Page.Locator("#step-n")).ToHaveTextAsync("2");
        Assert.That(await IsInViewportAsync(Page.Locator("tr.chg.current")), Is.True);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Previous" }).ClickAsync();
        await Expect(Page.Locator("#step-n")).ToHaveTextAsync("1");

        // The outline follows: the section holding the current change is marked in the sticky outline.
        var section = await Page.Locator("tr.chg.current").EvaluateAsync<string>("row => row.closest('section.sec').id");
        await Expect(Page.Locator("nav.tree .here")).ToHaveCountAsync(1);
        var marked = await Page.Locator("nav.tree .here").EvaluateAsync<string>("e => e.getAttribute('href') || e.closest('details').querySelector('a').getAttribute('href')");
        Assert.That(marked, Is.EqualTo("#" + section).Or.StartsWith("#"), "an outline entry is marked");
        await Expect(Page.Locator("nav.tree [aria-current=location]")).ToHaveCountAsync(1);
        await ScreenshotAsync("compare-stepper");
    }

    [Test]
    public async Task Header_LinksEachSideToItsStateGovPage_ByReportTitleAndYear()
    {
        await Page.GotoAsync(ComparePath);

        var old = Page.Locator(".ed-old a.src");
        var @new = Page.Locator(".ed-new a.src");
        await Expect(old).ToHaveTextAsync("2022 Country Reports on Human Rights Practices: Freedonia");
        await Expect(@new).ToHaveTextAsync("2023 Country Reports on Human Rights Practices: Freedonia");
        Assert.That(await old.GetAttributeAsync("href"), Is.EqualTo(SampleComparisons.Address("freedonia", 2022)));
        Assert.That(await @new.GetAttributeAsync("href"), Is.EqualTo(SampleComparisons.Address("freedonia", 2023)));
        Assert.That(await Page.Locator(".cmp-head").InnerTextAsync(), Does.Not.Contain(".txt"), "no file names in the header");

        var markdown = await (await Page.APIRequest.GetAsync(ComparePath + "/export?format=markdown")).TextAsync();
        var html = await (await Page.APIRequest.GetAsync(ComparePath + "/export?format=html")).TextAsync();
        Assert.That(markdown, Does.Contain("[2022 Country Reports on Human Rights Practices: Freedonia](<" + SampleComparisons.Address("freedonia", 2022) + ">)"));
        Assert.That(html, Does.Contain("2023 Country Reports on Human Rights Practices: Freedonia</a>"));
        Assert.That(markdown + html, Does.Not.Contain("freedonia-2022.txt").And.Not.Contain("editions/"));
    }

    [Test]
    public async Task CopyQuote_PutsSentenceWithTitleSectionAndAddressOnClipboard_WhenClicked()
    {
        await Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await Page.GotoAsync(ComparePath);
        var row = Page.Locator("tr.chg", new PageLocatorOptions { HasText = "complaints of torture" });
        var sentence = (await row.Locator("td.new").InnerTextAsync()).Split('\n')[0];

        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Copy quote with citation" }).ClickAsync();

        await Expect(Page.Locator("#t-status")).ToContainTextAsync("Copied:");
        var copied = await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.That(copied, Does.StartWith("\u201C"));
        Assert.That(copied, Does.Contain("complaints of torture"));
        Assert.That(copied, Does.Contain("2023 Country Reports on Human Rights Practices: Freedonia"));
        Assert.That(copied, Does.Contain(SampleComparisons.Address("freedonia", 2023)));
        Assert.That(copied, Does.Contain(ComparePath + "#" + await row.GetAttributeAsync("id")));
        Assert.That(copied, Does.Not.Contain("Copy quote"), "the quote is the sentence, not the row's controls");
        Assert.That(sentence, Is.Not.Empty);
    }

    [Test]
    public async Task UnknownAddress_GetsHtml404PageInBrowser_AndProblemJsonForApiClients()
    {
        var response = await Page.GotoAsync("/no-such-page?x=1");

        Assert.That(response!.Status, Is.EqualTo(404));
        Assert.That(response.Headers["content-type"], Does.StartWith("text/html"));
        await Expect(Page.Locator("h1")).ToContainTextAsync("Page Not Found");
        Assert.That(await Page.TitleAsync(), Is.EqualTo("Page Not Found · KzDiff"));
        await Expect(Page.Locator("main")).ToContainTextAsync("/no-such-page?x=1");
        await ScreenshotAsync("status-404");

        var api = await Page.APIRequest.GetAsync("/no-such-page", new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["Accept"] = "application/json" } });
        Assert.That(api.Status, Is.EqualTo(404));
        Assert.That(api.Headers["content-type"], Does.StartWith("application/problem+json"));
        var apiPath = await Page.APIRequest.GetAsync("/api/no-such-thing", new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["Accept"] = "text/html" } });
        Assert.That(apiPath.Headers["content-type"], Does.Not.StartWith("text/html"), "an /api address never answers with a page");
    }

    [Test]
    public async Task SameOrReversedYears_ExplainThemselvesOnAPage_WithoutRedirect()
    {
        var same = await Page.GotoAsync("/compare/freedonia/2022..2022");
        Assert.That(same!.Status, Is.EqualTo(400));
        await Expect(Page.Locator("#year-problem")).ToContainTextAsync("Both years are 2022");
        await Expect(Page.Locator("form.year-pick select[name=to]")).ToBeVisibleAsync();

        var picked = await Page.GotoAsync("/compare?country=freedonia&from=2022");
        Assert.That(picked!.Status, Is.EqualTo(400));
        await Expect(Page.Locator("#year-problem")).ToContainTextAsync("only one was");

        var reversed = await Page.GotoAsync("/compare/freedonia/2023..2022");
        Assert.That(reversed!.Status, Is.EqualTo(400));
        Assert.That(Page.Url, Does.EndWith("/compare/freedonia/2023..2022"), "no silent redirect");
        await Expect(Page.Locator("#year-problem")).ToContainTextAsync("forward in time");
        await Page.Locator("#forward-link").ClickAsync();
        await Page.WaitForURLAsync("**/compare/freedonia/2022..2023");
        await Expect(Page.Locator("tr.chg").First).ToBeVisibleAsync();
    }

    [Test]
    public async Task YearPickerAndSwap_OpenAnotherPairAndPutNewerEditionLeft()
    {
        await Page.GotoAsync(ComparePath);
        var newColumn = Page.Locator("tr.chg td.new").First;
        var oldColumn = Page.Locator("tr.chg td.old").First;
        Assert.That((await newColumn.BoundingBoxAsync())!.X, Is.GreaterThan((await oldColumn.BoundingBoxAsync())!.X));

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Newer edition on the left" }).ClickAsync();
        Assert.That((await newColumn.BoundingBoxAsync())!.X, Is.LessThan((await oldColumn.BoundingBoxAsync())!.X));
        await Expect(Page.Locator("#t-swap")).ToHaveAttributeAsync("aria-pressed", "true");
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Newer edition on the left" }).ClickAsync();

        await Page.Locator("#pick-from").SelectOptionAsync("2021");
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Go", Exact = true }).ClickAsync();

        // The pair is not computed yet: its page polls the job and reloads itself when done, which
        // can cut short the load event a wait for "load" would stand on (a CI run timed out so).
        // The address on commit, then the page's title, which both the waiting and the done page carry.
        await Page.WaitForURLAsync("**/compare/freedonia/2021..2023", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(Page).ToHaveTitleAsync(new Regex("Freedonia 2021→2023"));
    }

    [Test]
    public async Task FocusRingAndDimmedRows_MeetContrast_MeasuredFromComputedStyles()
    {
        await Page.GotoAsync(ComparePath);

        await Page.Locator(".ed-new a.src").FocusAsync();
        await Page.Keyboard.PressAsync("Shift+Tab");
        await Page.Keyboard.PressAsync("Tab");
        var ring = await Page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.outlineColor]; }");
        Assert.That(ring[0], Is.EqualTo("solid"), "a keyboard focus shows a ring");
        Assert.That(double.Parse(ring[1].Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(2));
        var focusContrast = await Page.EvaluateAsync<double>(ContrastScript, new[] { ring[2], "rgb(255, 255, 255)" });
        Assert.That(focusContrast, Is.GreaterThanOrEqualTo(3.0), $"focus ring {ring[2]} against white");

        var dimmed = Page.Locator("tr.k-routine td, tr.k-formatting td");
        Assert.That(await dimmed.CountAsync(), Is.GreaterThan(0), "the sample has routine or formatting changes");
        var measured = await dimmed.First.EvaluateAsync<string[]>("""
            cell => {
              let opacity = 1, background = null;
              for (let e = cell; e; e = e.parentElement) {
                const s = getComputedStyle(e);
                opacity *= Number(s.opacity);
                if (!background && s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent') { background = s.backgroundColor; }
              }
              return [getComputedStyle(cell).color, background || 'rgb(255, 255, 255)', String(opacity)];
            }
            """);
        Assert.That(double.Parse(measured[2], CultureInfo.InvariantCulture), Is.EqualTo(1.0), "dimmed by colour, not by transparency");
        var rowContrast = await Page.EvaluateAsync<double>(ContrastScript, new[] { measured[0], measured[1] });
        Assert.That(rowContrast, Is.GreaterThanOrEqualTo(4.5), $"dimmed text {measured[0]} on {measured[1]}");
    }

    [Test]
    public async Task Counters_SkipLinkFaviconAndTitles_AreThere()
    {
        await Page.GotoAsync(ComparePath);
        await Expect(Page.Locator(".stats .modified")).ToHaveAttributeAsync("title", "sentences modified");
        await Expect(Page.Locator(".stats .moved")).ToHaveAttributeAsync("title", "sentences moved");
        Assert.That(await Page.Locator(".stats .moved .sr-only").TextContentAsync(), Is.EqualTo(" moved"));

        var skip = Page.Locator("a.skip-outline");
        await skip.FocusAsync();
        await Expect(skip).ToBeVisibleAsync();
        await skip.PressAsync("Enter");
        Assert.That(await Page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("panes"));

        var icon = await Page.Locator("link[rel=icon]").GetAttributeAsync("href");
        var favicon = await Page.APIRequest.GetAsync(icon!);
        Assert.That((favicon.Status, favicon.Headers["content-type"]), Is.EqualTo((200, "image/svg+xml")));

        await Page.GotoAsync("/account/signin");
        Assert.That(await Page.TitleAsync(), Is.EqualTo("Sign In · KzDiff"));
        await Page.GotoAsync("/trends");
        Assert.That(await Page.TitleAsync(), Is.EqualTo("Term Trends · KzDiff"));
    }

    [Test]
    public async Task ComparePage_IsSentCompressed_WhenBrowserAcceptsBrotliOrGzip()
    {
        var brotli = await Page.APIRequest.GetAsync(ComparePath, new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["Accept-Encoding"] = "br" } });
        var gzip = await Page.APIRequest.GetAsync(ComparePath, new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["Accept-Encoding"] = "gzip" } });
        var none = await Page.APIRequest.GetAsync(ComparePath, new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["Accept-Encoding"] = "identity" } });

        Assert.That(brotli.Headers.GetValueOrDefault("content-encoding"), Is.EqualTo("br"));
        Assert.That(gzip.Headers.GetValueOrDefault("content-encoding"), Is.EqualTo("gzip"));
        Assert.That(none.Headers.ContainsKey("content-encoding"), Is.False);
        // The same page, decoded (antiforgery tokens differ from response to response).
        var decoded = await brotli.TextAsync();
        var token = decoded.IndexOf("CfDJ8", StringComparison.Ordinal);
        Assert.That(token, Is.LessThan(0), "a compare page carries no antiforgery token, so it is compressed over HTTPS too");
        Assert.That(Tokens().Replace(decoded, ""), Is.EqualTo(Tokens().Replace(await none.TextAsync(), "")));
    }

    [Test]
    public async Task HomePage_OnPhone_HintsScrollShowsLegendAndKeepsPickersAndYearLinksUsable()
    {
        await SetPhoneWidthAsync();
        await Page.GotoAsync("/");

        await Expect(Page.Locator("#scroll-hint")).ToBeVisibleAsync();
        await Expect(Page.Locator(".grid-legend")).ToContainTextAsync("not stored");
        var row = Page.Locator("tr[data-country*='freedonia']");
        var compare = row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Compare" });
        var box = await compare.BoundingBoxAsync();
        Assert.That(box!.X + box.Width, Is.LessThanOrEqualTo(390), "the compare picker is on screen without scrolling sideways");
        var step = row.Locator("a.step").First;
        var size = await step.EvaluateAsync<string>("a => getComputedStyle(a).fontSize");
        Assert.That(double.Parse(size.Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture), Is.GreaterThan(11));
        Assert.That((await step.BoundingBoxAsync())!.Height, Is.GreaterThanOrEqualTo(24), "a tap target at least 24 px high");
        await ScreenshotAsync("home-phone");
    }
}
