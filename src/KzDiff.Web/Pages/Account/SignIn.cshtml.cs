using KzDiff.Service.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Account;

/// <summary>
/// Name and password to a session cookie. Five wrong passwords in a row lock the account for a
/// quarter of an hour (Identity's lockout), whoever tries them.
/// </summary>
public sealed class SignInModel(SignInManager<IdentityUser> signIn, KzDiffOptions options) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool AnonymousRead => options.Access.AnonymousRead;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // Only a path of this site: a return address elsewhere would make the sign-in page an open redirect.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Error = result.IsLockedOut
            ? "This account is locked after too many wrong passwords; try again in 15 minutes."
            : "Wrong name or password.";
        Password = "";
        return Page();
    }
}
