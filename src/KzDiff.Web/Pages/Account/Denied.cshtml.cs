using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Account;

/// <summary>Where a signed-in user lands when their role is too weak (403).</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
