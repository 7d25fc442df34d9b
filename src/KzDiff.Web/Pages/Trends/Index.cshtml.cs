using KzDiff.Service.Editions;
using KzDiff.Service.Trends;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Trends;

/// <summary>Term trends: a form, one chart per term, the numbers as a table and as CSV.</summary>
public sealed class IndexModel(TrendService trends, EditionCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Terms { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Section { get; set; }

    public IReadOnlyList<CountrySummary> Countries { get; private set; } = [];

    public TrendReport? Report { get; private set; }

    public IReadOnlyList<TermChart> Charts { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>The query string of this request, for the CSV and sentence links.</summary>
    public string Query(string? term = null, int? year = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        if (term is null)
        {
            Add("terms", Terms);
            Add("from", From?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add("to", To?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            Add("term", term);
            Add("year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Add("country", Country);
        Add("section", Section);
        return string.Join('&', parts);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Countries = await catalog.ListCountriesAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(Terms))
        {
            return Page();
        }

        try
        {
            Report = await trends.QueryAsync(
                new TrendQuery(TrendTerms.Parse(Terms), From, To, string.IsNullOrWhiteSpace(Country) ? null : Country, Section),
                cancellationToken);
            Charts = Report.Terms.Select(t => TermChart.For(t, Report.Years)).ToArray();
        }
        catch (TrendQueryException ex)
        {
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
