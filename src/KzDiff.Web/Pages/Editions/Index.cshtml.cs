using System.Collections.Immutable;
using KzDiff.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Editions;

/// <summary>The stored editions as a country-by-year grid, with search, upload and compare links.</summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class IndexModel(IEditionCatalogView catalog, IEditionUpload upload) : PageModel
{
    /// <summary>Real editions are under 1 MB; anything far larger is not a report.</summary>
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [TempData]
    public string? UploadMessage { get; set; }

    [TempData]
    public bool UploadSucceeded { get; set; }

    public ImmutableArray<CountryRow> Countries { get; private set; } = [];

    public int TotalCountries { get; private set; }

    public ImmutableArray<int> Years { get; private set; } = [];

    public IReadOnlyList<ImportAttempt> RecentImports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var editions = await catalog.ListEditionsAsync(cancellationToken);
        var all = editions
            .GroupBy(e => e.CountryKey, StringComparer.Ordinal)
            .Select(g => new CountryRow(
                g.Key,
                g.OrderByDescending(e => e.Year).First().CountryName,
                g.GroupBy(e => e.Year).ToImmutableDictionary(y => y.Key, y => y.First())))
            .OrderBy(c => c.CountryName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        TotalCountries = all.Count;
        RecentImports = await catalog.ListRecentImportsAsync(8, cancellationToken);
        Years = [.. editions.Select(e => e.Year).Distinct().Order()];
        var query = Query?.Trim();
        Countries = string.IsNullOrEmpty(query)
            ? [.. all]
            : [.. all.Where(c => c.CountryName.Contains(query, StringComparison.OrdinalIgnoreCase)
                || c.CountryKey.Contains(query, StringComparison.OrdinalIgnoreCase))];
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? edition, CancellationToken cancellationToken)
    {
        if (edition is null || edition.Length == 0)
        {
            UploadSucceeded = false;
            UploadMessage = "Choose a file to upload (a state.gov page, PDF-extracted text or plain text).";
            return RedirectToPage();
        }

        await using var content = edition.OpenReadStream();
        var outcome = await upload.ImportAsync(content, Path.GetFileName(edition.FileName), cancellationToken);
        UploadSucceeded = outcome.Succeeded;
        UploadMessage = outcome.Message;
        return RedirectToPage();
    }
}
