using KzDiff.Service.Corpus;
using KzDiff.Service.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Corpus;

/// <summary>
/// What the template changed across every stored report of two years: titles that vanished,
/// appeared or were renamed, the template's renames and who did not follow them, the edits made
/// everywhere. Requests the table (a Hangfire job) and refreshes until it is stored.
/// </summary>
public sealed class IndexModel(CorpusTableService tables) : PageModel
{
    /// <summary>Seconds between reloads while the job runs, for browsers without JavaScript.</summary>
    public const int RefreshSeconds = 3;

    /// <summary>Countries listed behind a count before the list is cut.</summary>
    public const int MaxListedCountries = 60;

    [BindProperty(SupportsGet = true)]
    public int From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int To { get; set; }

    /// <summary>The job while it is queued or running; null once the table is here or when nothing can be computed.</summary>
    public CorpusTableRequest? Pending { get; private set; }

    public CorpusTableDocument? Table { get; private set; }

    public string? Problem { get; private set; }

    public string ApiPath => $"/api/corpus/{From}..{To}";

    public string CompareHref(string country) => $"/compare/{Uri.EscapeDataString(country)}/{From}..{To}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (From == To)
        {
            return BadRequest("Pick two different years.");
        }

        if (From > To)
        {
            return Redirect($"/corpus/{To}..{From}");
        }

        var request = await tables.RequestAsync(From, To, cancellationToken);
        if (request is null)
        {
            Problem = $"No country has editions for both {From} and {To} stored.";
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        else if (request.Json is { } json)
        {
            Table = CorpusTableJson.Read(json);
        }
        else
        {
            Pending = request;
        }

        return Page();
    }

    public bool IsComputing => Pending is { Status: ComparisonState.Queued or ComparisonState.Running };
}
