using KzDiff.Service.Trends;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Trends;

/// <summary>The sentences behind one count of the trends table, a page at a time.</summary>
public sealed class SentencesModel(TrendService trends) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Term { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Section { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public TermSentencePage? Result { get; private set; }

    public string? Error { get; private set; }

    public string Link(int page) =>
        $"/trends/sentences?term={Uri.EscapeDataString(Term ?? "")}&year={Year}"
        + (string.IsNullOrWhiteSpace(Country) ? "" : "&country=" + Uri.EscapeDataString(Country))
        + (string.IsNullOrWhiteSpace(Section) ? "" : "&section=" + Uri.EscapeDataString(Section))
        + $"&page={page}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Result = await trends.SentencesAsync(Term ?? "", Year, Country, Section, PageNumber, PageSize, cancellationToken);
        }
        catch (TrendQueryException ex)
        {
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
