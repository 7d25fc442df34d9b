using KzDiff.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Compare;

/// <summary>Two editions of one country side by side, or the progress of their comparison job.</summary>
public sealed class IndexModel(IComparisonView comparisons) : PageModel
{
    /// <summary>Seconds between reloads while the job runs, for browsers without JavaScript.</summary>
    public const int RefreshSeconds = 2;

    [BindProperty(SupportsGet = true)]
    public string Country { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int To { get; set; }

    [BindProperty(SupportsGet = true, Name = "changes")]
    public bool ChangesOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "substantive")]
    public bool SubstantiveOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "section")]
    public string? Section { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public ComparisonLookup? Lookup { get; private set; }

    public ComparisonPageView? View { get; private set; }

    public ComparisonFilter Filter => new(ChangesOnly, SubstantiveOnly, Section, Query);

    public string BasePath => $"/compare/{Uri.EscapeDataString(Country)}/{From}..{To}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (From == To)
        {
            return BadRequest("Pick two different years.");
        }

        if (From > To)
        {
            // The older edition is always on the left; a reversed address means the same comparison.
            return Redirect($"/compare/{Uri.EscapeDataString(Country)}/{To}..{From}{Request.QueryString}");
        }

        Lookup = await comparisons.GetOrRequestAsync(Country, From, To, cancellationToken);
        switch (Lookup.State)
        {
            case ComparisonState.EditionMissing:
                Response.StatusCode = StatusCodes.Status404NotFound;
                break;
            case ComparisonState.Succeeded when Lookup.Result is not null:
                View = ComparisonViewBuilder.Build(Lookup.Result, Filter, Lookup);
                break;
            default:
                break;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken cancellationToken)
    {
        await comparisons.RetryAsync(Country, Math.Min(From, To), Math.Max(From, To), cancellationToken);
        return Redirect(BasePath);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var export = ComparisonExport.Parse(format);
        if (export is null)
        {
            return BadRequest("format must be json, markdown or html");
        }

        var lookup = await comparisons.GetOrRequestAsync(Country, Math.Min(From, To), Math.Max(From, To), cancellationToken);
        if (lookup.State != ComparisonState.Succeeded || lookup.Result is null)
        {
            return StatusCode(StatusCodes.Status409Conflict, "The comparison is not ready yet; open the compare page and wait for it.");
        }

        var comparison = lookup.Result;
        var fileName = $"kzdiff-{comparison.New.CountryKey}-{comparison.Old.Year}-{comparison.New.Year}.{export.Value.Extension}";
        return File(export.Value.Render(comparison, ChangesOnly), export.Value.ContentType, fileName);
    }

    /// <summary>This page's address with one filter changed, the others kept.</summary>
    public string WithFilter(bool? changes = null, bool? substantive = null, string? section = null, bool clearSection = false)
    {
        var query = new List<string>();
        if (changes ?? ChangesOnly)
        {
            query.Add("changes=true");
        }

        if (substantive ?? SubstantiveOnly)
        {
            query.Add("substantive=true");
        }

        var chosen = clearSection ? null : section ?? Section;
        if (!string.IsNullOrWhiteSpace(chosen))
        {
            query.Add("section=" + Uri.EscapeDataString(chosen));
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            query.Add("q=" + Uri.EscapeDataString(Query));
        }

        return query.Count == 0 ? BasePath : BasePath + "?" + string.Join('&', query);
    }
}
