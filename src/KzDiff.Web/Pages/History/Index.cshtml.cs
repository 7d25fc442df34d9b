using KzDiff.Core.Rendering;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.History;

/// <summary>One section through every stored year: titles, length, and the year-to-year comparisons.</summary>
public sealed class IndexModel(SectionHistoryService histories, EditionCatalog catalog, LineageRequests lineages) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Country { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Lineage { get; set; } = "";

    public SectionHistory? History { get; private set; }

    /// <summary>The country as its editions print it.</summary>
    public string CountryName { get; private set; } = "";

    public LengthChart? Chart { get; private set; }

    /// <summary>The first stored year after the section's last one, when the section is not in it; null when its last year is the newest stored.</summary>
    public int? GoneIn { get; private set; }

    /// <summary>Where the section sits on the compare page of its last year and <see cref="GoneIn"/>: the old-side anchor of a removed section.</summary>
    public string GoneAnchor { get; private set; } = "";

    /// <summary>The latest year's sentences of the section with since when they stand; null while a job computes them.</summary>
    public IReadOnlyList<SentenceLineageItem>? Sentences { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var history = await histories.GetHistoryAsync(Country, Lineage, cancellationToken);
        if (history is null || history.Years.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var countries = await catalog.ListCountriesAsync(cancellationToken);
        History = history;
        CountryName = countries.FirstOrDefault(c => c.Country == history.Country)?.Name ?? history.Country;
        Chart = LengthChart.For(history.Years);
        var latest = history.Years[^1];
        // A section missing from a later stored edition ends there: say so, and link the comparison
        // that shows where its text went, instead of letting the table stop without a word.
        var later = (await catalog.ListEditionsAsync(history.Country, cancellationToken)).Where(e => e.Year > latest.Year).Select(e => e.Year).ToArray();
        if (later.Length > 0)
        {
            GoneIn = later.Min();
            GoneAnchor = "sec-old-" + Anchors.Slug(latest.Path);
        }

        var edition = await catalog.GetEditionAsync(latest.EditionId, cancellationToken);
        if (edition is not null)
        {
            var lineage = await lineages.RequestAsync(edition, cancellationToken);
            Sentences = lineage.Json is null
                ? null
                : SentenceLineageJson.Read(lineage.Json).Items.Where(i => i.Section == latest.Path).ToArray();
        }

        return Page();
    }
}
