using System.Collections.Immutable;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Editions;

/// <summary>
/// The stored editions as a country-by-year grid, with search, upload and compare links. The upload
/// size limits come from the options (see <see cref="Ui.WebUiServiceCollectionExtensions"/>).
/// </summary>
public sealed class IndexModel(EditionCatalog catalog, EditionImporter importer, KzDiffOptions options, IAuthorizationService authorization) : PageModel
{
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

    /// <summary>The largest edition an upload may carry, for the form's label.</summary>
    public long MaxUploadBytes => options.Import.MaxEditionBytes;

    /// <summary>Whether the upload form is shown: uploading needs a reviewer.</summary>
    public bool CanUpload { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanUpload = (await authorization.AuthorizeAsync(User, AccessPolicies.Reviewer)).Succeeded;
        var editions = StoredEditionRow.Group(await catalog.ListEditionsAsync(null, cancellationToken));
        var all = editions
            .GroupBy(e => e.CountryKey, StringComparer.Ordinal)
            .Select(g => new CountryRow(
                g.Key,
                g.OrderByDescending(e => e.Year).First().CountryName,
                g.GroupBy(e => e.Year).ToImmutableDictionary(y => y.Key, y => y.First())))
            .OrderBy(c => c.CountryName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        TotalCountries = all.Count;
        RecentImports = [.. (await catalog.ListImportsAsync(8, cancellationToken)).Select(ImportAttempt.From)];
        Years = [.. editions.Select(e => e.Year).Distinct().Order()];
        var query = Query?.Trim();
        Countries = string.IsNullOrEmpty(query)
            ? [.. all]
            : [.. all.Where(c => c.CountryName.Contains(query, StringComparison.OrdinalIgnoreCase)
                || c.CountryKey.Contains(query, StringComparison.OrdinalIgnoreCase))];
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? edition, CancellationToken cancellationToken)
    {
        // The page reads under the read policy; its upload handler needs more (sign-in page, or 403 page).
        if (!(await authorization.AuthorizeAsync(User, AccessPolicies.Reviewer)).Succeeded)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        if (edition is null || edition.Length == 0)
        {
            UploadSucceeded = false;
            UploadMessage = "Choose a file to upload (a state.gov page, PDF-extracted text or plain text).";
            return RedirectToPage();
        }

        // The form reader already cut the body off near the limit; whether the edition is too large is the importer's call.
        var content = new byte[edition.Length];
        await using (var stream = edition.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var fileName = Path.GetFileName(edition.FileName);
        var result = await importer.ImportAsync(content, fileName, format: null, uploadedBy: User.Identity?.Name, cancellationToken);
        var stored = result.Edition;
        (UploadSucceeded, UploadMessage) = result.Outcome switch
        {
            ImportOutcome.Imported => (true, $"Imported {stored!.CountryName} {stored.Year} from {fileName}."),
            ImportOutcome.NewRevision => (true, $"Stored {fileName} as revision {stored!.Revision} of {stored.CountryName} {stored.Year}."),
            ImportOutcome.Unchanged => (true, $"{fileName} is already stored as {stored!.CountryName} {stored.Year}; nothing changed."),
            _ => (false, $"{fileName} was not imported: {result.Error}"),
        };
        return RedirectToPage();
    }
}
