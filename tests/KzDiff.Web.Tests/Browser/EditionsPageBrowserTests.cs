using KzDiff.Service.Accounts;
using Microsoft.Playwright;

namespace KzDiff.Web.Tests.Browser;

[TestFixture]
[NonParallelizable]
public sealed class EditionsPageBrowserTests : BrowserTestBase
{
    [Test]
    public async Task EditionsPage_ShowsCountryByYearGrid_WithCompareLinks()
    {
        await Page.GotoAsync("/");
        var freedonia = Page.Locator("tr[data-country*='freedonia']");
        Assert.That(await freedonia.Locator("td.have").CountAsync(), Is.EqualTo(4));
        Assert.That(await freedonia.Locator("a.step").CountAsync(), Is.EqualTo(3), "a link per consecutive pair");
        Assert.That(await freedonia.Locator(".rev").InnerTextAsync(), Is.EqualTo("r2"));
        Assert.That(await Page.Locator("tr[data-country*='sylvania'] td.have").CountAsync(), Is.EqualTo(1));
        await Assertions.Expect(Page.Locator(".imports li.bad")).ToContainTextAsync(SampleStore.FailedImportReason);
        await ScreenshotAsync("editions");

        await freedonia.Locator("select[name=from]").SelectOptionAsync("2020");
        await freedonia.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Compare" }).ClickAsync();
        await Page.WaitForURLAsync("**/compare/freedonia/2020..2023");
    }

    [Test]
    public async Task CountrySearch_FiltersRowsLiveAndWithoutScript_WhenTyped()
    {
        await Page.GotoAsync("/");
        await Page.Locator("#country-q").FillAsync("sylv");
        await Expect(Page.Locator("tr[data-country*='freedonia']")).ToBeHiddenAsync();
        await Expect(Page.Locator("tr[data-country*='sylvania']")).ToBeVisibleAsync();

        await Page.GotoAsync("/?q=free");
        Assert.That(await Page.Locator("tbody tr").CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task UploadForm_ImportsFileWithAntiforgeryToken_WhenSubmitted()
    {
        await SignInAsync("rita", Roles.Reviewer);
        await Page.GotoAsync("/");
        Assert.That(await Page.Locator("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]").CountAsync(), Is.EqualTo(1));
        await Page.SetInputFilesAsync("#edition-file", new FilePayload
        {
            Name = "lilliput-2024.txt",
            MimeType = "text/plain",
            Buffer = "LILLIPUT 2024 HUMAN RIGHTS REPORT\nExecutive Summary\nLilliput is a fictional kingdom. Its 2024 report is one paragraph long.\n"u8.ToArray(),
        });
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Import" }).ClickAsync();

        await Expect(Page.Locator(".notice.ok")).ToContainTextAsync("Imported Lilliput 2024 from lilliput-2024.txt");
        await Expect(Page.Locator(".imports li.ok").First).ToContainTextAsync("lilliput-2024.txt");
    }

    [Test]
    public async Task EditionsPage_FitsPhoneWidth_WhenViewportIsNarrow()
    {
        await SetPhoneWidthAsync();
        await Page.GotoAsync("/");
        await ScreenshotAsync("editions-phone", fullPage: true);
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var widest = await Page.EvaluateAsync<string>(WidestElementScript);
        Assert.That(overflow, Is.LessThanOrEqualTo(0), () => "widest: " + widest + "; the grid scrolls inside its box, not the page");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
