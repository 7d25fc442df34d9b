using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Editions;

/// <summary>
/// Turns the year pickers' plain GET form into the canonical compare address (older year first,
/// whichever order they were picked in); a missing or repeated year is explained on the page.
/// </summary>
public sealed class PickModel : PageModel
{
    public string Country { get; private set; } = "";

    /// <summary>Why the picked years give no comparison; null when they do.</summary>
    public string? Problem { get; private set; }

    public IActionResult OnGet(string? country, int? from, int? to)
    {
        if (string.IsNullOrWhiteSpace(country) || country.Length > 200)
        {
            return RedirectToPage("Index");
        }

        Country = country;
        if (from is null || to is null || from == to)
        {
            Problem = from is null || to is null
                ? "A comparison needs two years, and " + (from is null && to is null ? "none was" : "only one was") + " given."
                : $"Both years are {from}: a comparison needs two different editions.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/compare/{Uri.EscapeDataString(country)}/{Math.Min(from.Value, to.Value)}..{Math.Max(from.Value, to.Value)}");
    }
}
