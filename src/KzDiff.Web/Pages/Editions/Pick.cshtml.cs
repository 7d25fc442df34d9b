using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Editions;

/// <summary>Turns the editions grid's plain GET form into the canonical compare address.</summary>
public sealed class PickModel : PageModel
{
    public IActionResult OnGet(string? country, int from, int to)
    {
        if (string.IsNullOrWhiteSpace(country) || from == to)
        {
            return RedirectToPage("Index");
        }

        return Redirect($"/compare/{Uri.EscapeDataString(country)}/{Math.Min(from, to)}..{Math.Max(from, to)}");
    }
}
