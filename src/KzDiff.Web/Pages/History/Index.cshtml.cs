using KzDiff.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.History;

/// <summary>One section through every stored year: titles, length, and the year-to-year comparisons.</summary>
public sealed class IndexModel(ISectionHistoryView histories) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Country { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Lineage { get; set; } = "";

    public SectionHistory? History { get; private set; }

    public LengthChart? Chart { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        History = await histories.GetHistoryAsync(Country, Lineage, cancellationToken);
        if (History is null || History.Years.IsDefaultOrEmpty)
        {
            History = null;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Chart = LengthChart.For(History.Years);
        return Page();
    }
}
