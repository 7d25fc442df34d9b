using KzDiff.Service.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KzDiff.Web.Tests.Browser;

/// <summary>Signing in and out in a browser: the layout says who is signed in; the upload form is for reviewers.</summary>
public sealed class AccountBrowserTests : BrowserTestBase
{
    [Test]
    public async Task SignInAndSignOut_ShowWhoIsSignedIn_AndTheUploadFormOnlyToReviewers()
    {
        await Page.GotoAsync("/");
        await Expect(Page.Locator("#sign-in")).ToBeVisibleAsync();
        await Expect(Page.Locator("#upload-needs-reviewer")).ToBeVisibleAsync();

        await SignInAsync("vera", Roles.Viewer);
        await Expect(Page.Locator("#upload-needs-reviewer")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();
        await Expect(Page.Locator("#sign-in")).ToBeVisibleAsync();

        await SignInAsync("reza", Roles.Reviewer);
        await Expect(Page.Locator("#edition-file")).ToBeVisibleAsync();
    }

    [Test]
    public async Task SignIn_SaysWrongPassword_AndLocksOutAfterFiveFailures()
    {
        await SignInAsync("lotte", Roles.Viewer);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await Page.GotoAsync("/account/signin");
            await Page.FillAsync("#UserName", "lotte");
            await Page.FillAsync("#Password", "not the password");
            await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(Page.Locator("#signin-error")).ToBeVisibleAsync();
        }

        await Page.FillAsync("#UserName", "lotte");
        await Page.FillAsync("#Password", Password);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#signin-error")).ToContainTextAsync("locked");
    }
}
