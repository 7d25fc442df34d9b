using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Rendering;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;
using KzDiff.Service.Storage;
using KzDiff.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// Two editions of one country side by side, or the progress of their comparison job: an existing
/// comparison is read, a missing one is requested (a Hangfire job) and the page refreshes until it is stored.
/// </summary>
public sealed class IndexModel(
    ComparisonService comparisons,
    SectionHistoryService histories,
    EditionCatalog catalog,
    [FromKeyedServices(WebUiServiceCollectionExtensions.DecodedComparisons)] IMemoryCache decoded,
    [FromKeyedServices(WebUiServiceCollectionExtensions.ComparisonViews)] IMemoryCache views) : PageModel
{
    /// <summary>
    /// Rows the page carries in full before it leaves sections' rows to be fetched as the reader
    /// comes near them: enough for the first screen of the panes (which start below the key changes
    /// and the filters), so that the first paint does not wait for a thousand changes to be parsed.
    /// </summary>
    public const int RowsInFirstPage = 30;

    /// <summary>Longest section anchor the part and run addresses accept.</summary>
    private const int MaxAnchorLength = 300;

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

    [BindProperty(SupportsGet = true, Name = "flagged")]
    public bool FlaggedOnly { get; set; }

    /// <summary>A flag kind by its contract name ("number"); anything else is ignored.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? KindName { get; set; }

    /// <summary>"score" lists flagged sentences most significant first; anything else keeps document order.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Every section's rows in the page itself (<c>all=true</c>), for a browser without script and for printing.</summary>
    [BindProperty(SupportsGet = true, Name = "all")]
    public bool Everything { get; set; }

    public FlagKind? Kind => Enum.TryParse<FlagKind>(KindName, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(KindName![0]) ? kind : null;

    public bool ByScore => string.Equals(Sort, "score", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the comparison stands; null when it cannot be requested (an edition is not stored).</summary>
    public ComparisonState? State { get; private set; }

    /// <summary>The job while it is queued or running, for its progress and status address.</summary>
    public ComparisonView? Job { get; private set; }

    /// <summary>Why there is nothing to show, for the reader.</summary>
    public string? Problem { get; private set; }

    public ComparisonPageView? View { get; private set; }

    /// <summary>Why the two years of the address cannot be compared as asked (the same year, or the newer first); null when they can.</summary>
    public string? YearProblem { get; private set; }

    /// <summary>The years stored for the country, oldest first, for the year picker.</summary>
    public IReadOnlyList<int> StoredYears { get; private set; } = [];

    public ComparePageFilter Filter => new(ChangesOnly, SubstantiveOnly, Section, Query, FlaggedOnly, Kind, ByScore);

    public string BasePath => $"/compare/{Uri.EscapeDataString(Country)}/{From}..{To}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Country.Length <= 200)
        {
            StoredYears = [.. (await catalog.ListEditionsAsync(Country, cancellationToken)).Select(e => e.Year).Distinct().Order()];
        }

        if (From == To || From > To)
        {
            // Said on the page rather than redirected: a reader who typed 2020..2019 learns why the
            // page shows 2019 on the left, and one who picked the same year twice learns what to pick.
            YearProblem = From == To
                ? $"Both years are {From}: a comparison needs two different editions. Pick another year below."
                : $"KzDiff reads the reports forward in time: the older edition ({To}) on the left, the newer ({From}) on the right, "
                    + $"so that what {From} added shows as added. Read backwards, every addition would show as a removal. "
                    + "To see the newer text on the left, use \u201CNewer edition on the left\u201D on the comparison.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var stored = await GetOrRequestAsync(From, To, cancellationToken);
        if (stored is not null)
        {
            View = ViewOf(stored);
        }
        else if (State is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    /// <summary>
    /// One section's rows as the page would have carried them, with the page's filters: the script
    /// asks for them when the reader comes near the section (or steps or links into it).
    /// </summary>
    /// <remarks>
    /// Asked for a <paramref name="change"/> instead (a link to a change the page left out), it sends
    /// the reader on to the part that holds it: the page need not list every left-out change's id.
    /// </remarks>
    public async Task<IActionResult> OnGetPartAsync(string? part, string? change, CancellationToken cancellationToken)
    {
        var byChange = string.IsNullOrEmpty(part) && !string.IsNullOrEmpty(change) && change.Length <= MaxAnchorLength;
        if (!byChange && (string.IsNullOrEmpty(part) || part.Length > MaxAnchorLength))
        {
            return BadRequest("part must name a section of the comparison, or change one of its changes");
        }

        var stored = await FindStoredAsync(cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        if (byChange)
        {
            var holder = ViewOf(stored).Blocks.FirstOrDefault(b => b.Rows.Any(r => r is ChangeRow row && row.Anchor == change));
            if (holder is null)
            {
                return NotFound();
            }

            var query = QueryString.Create(Request.Query.Where(p => p.Key is not "change" and not "part")).Add("part", holder.Anchor);
            return Redirect(BasePath + "/part" + query);
        }

        var block = ViewOf(stored).Blocks.FirstOrDefault(b => b.Anchor == part);
        return block is null
            ? NotFound()
            : Content(Html(new SectionRowsHtml(block, stored.Result.Old.Year, stored.Result.New.Year, RunAddress)), "text/html; charset=utf-8");
    }

    /// <summary>
    /// The two columns of the outline map, with the page's filters: the script asks for them when the
    /// reader opens a map the page left closed and empty.
    /// </summary>
    public async Task<IActionResult> OnGetOutlineAsync(CancellationToken cancellationToken)
    {
        var stored = await FindStoredAsync(cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        var map = ViewOf(stored).Outline;
        return Partial("_OutlineMapColumns", new OutlineMapColumns(map, stored.Result.Old.Year, stored.Result.New.Year, OutlineLinkBase));
    }

    /// <summary>
    /// The text of a folded run of unchanged sentences, <paramref name="first"/> to <paramref name="last"/>
    /// of section <paramref name="part"/> (not "from" and "to": those are the address's years).
    /// </summary>
    public async Task<IActionResult> OnGetRunAsync(string? part, int first, int last, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(part) || part.Length > MaxAnchorLength || first < 0 || last < first)
        {
            return BadRequest("part must name a section, and first and last its first and last sentence");
        }

        var stored = await FindStoredAsync(cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        var comparison = stored.Result;
        var anchors = ComparisonAnchors.Assign(comparison);
        var index = Enumerable.Range(0, comparison.Sections.Length).Where(i => anchors.Section(i) == part).DefaultIfEmpty(-1).First();
        if (index < 0 || last >= comparison.Sections[index].Sentences.Length)
        {
            return NotFound();
        }

        var sentences = comparison.Sections[index].Sentences[first..(last + 1)]
            .Where(sentence => sentence.Status == SentenceStatus.Unchanged)
            .Select(sentence => SentencePieces.Split(sentence.New ?? sentence.Old ?? "", PieceStyle.Plain, null));
        return Content("<p class=\"same\">" + Html(RowsHtml.RunText(sentences)) + "</p>", "text/html; charset=utf-8");
    }

    /// <summary>
    /// This page with every section's rows in it (<see cref="Everything"/>), relative to this page
    /// (its query alone): it is written once for each section the page leaves out.
    /// </summary>
    public string EverythingAddress
    {
        get
        {
            var filtered = WithFilter();
            var query = filtered.IndexOf('?', StringComparison.Ordinal);
            return (query < 0 ? "?" : filtered[query..] + "&") + "all=true";
        }
    }

    /// <summary>What goes before "#anchor" in the outline map's links: the unfiltered page when filters may have left the section out.</summary>
    public string OutlineLinkBase => Filter.IsActive ? BasePath : "";

    /// <summary>Where the script fetches the outline map's columns, with this page's filters (<see cref="OnGetOutlineAsync"/>).</summary>
    public string OutlineAddress => BasePath + "/outline" + Request.QueryString;

    /// <summary>Where a folded run's text is fetched from (<see cref="OnGetRunAsync"/>).</summary>
    public string RunAddress => BasePath + "/run";

    /// <summary>Where the script fetches a section's rows, with this page's filters (<see cref="OnGetPartAsync"/>).</summary>
    public string PartAddress => BasePath + "/part" + Request.QueryString;

    /// <summary>Of the shown sections, how many the page carries in full (the rest are fetched as the reader nears them).</summary>
    public int BlocksInFull
    {
        get
        {
            if (View is null)
            {
                return 0;
            }

            if (Everything)
            {
                return View.Blocks.Length;
            }

            var rows = 0;
            for (var i = 0; i < View.Blocks.Length; i++)
            {
                rows += View.Blocks[i].Rows.Length;
                if (rows > RowsInFirstPage)
                {
                    return i + 1;
                }
            }

            return View.Blocks.Length;
        }
    }

    private static string Html(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    /// <summary>The view for these filters, built once for the page and the parts its reader fetches.</summary>
    private ComparisonPageView ViewOf(DecodedComparison stored)
    {
        // A succeeded comparison never changes (a re-import or a new engine version gives a new job id).
        var key = (Job!.Id, Filter);
        if (!views.TryGetValue(key, out ComparisonPageView? view) || view is null)
        {
            view = ComparisonViewBuilder.Build(stored.Result, Filter, stored.Lineages);
            views.Set(key, view, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }

        return view;
    }

    /// <summary>A stored comparison of this address's years, without requesting one: parts and runs belong to a page already shown.</summary>
    private async Task<DecodedComparison?> FindStoredAsync(CancellationToken cancellationToken) =>
        From < To && await comparisons.FindAsync(Country, From, To, cancellationToken) is { Status: ComparisonState.Succeeded }
            ? await GetOrRequestAsync(From, To, cancellationToken)
            : null;

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken cancellationToken)
    {
        // The service queues a failed comparison again when it is requested again.
        await comparisons.RequestAsync(Country, Math.Min(From, To), Math.Max(From, To), cancellationToken);
        return Redirect(BasePath);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var export = ComparisonExport.Parse(format);
        if (export is null)
        {
            return BadRequest("format must be json, markdown or html");
        }

        var stored = await GetOrRequestAsync(Math.Min(From, To), Math.Max(From, To), cancellationToken);
        if (stored is null)
        {
            return StatusCode(StatusCodes.Status409Conflict, "The comparison is not ready yet; open the compare page and wait for it.");
        }

        var comparison = stored.Result;
        var fileName = $"kzdiff-{comparison.New.CountryKey}-{comparison.Old.Year}-{comparison.New.Year}.{export.Value.Extension}";
        return File(export.Value.Render(comparison, ChangesOnly, stored.Lineages.NewOutline), export.Value.ContentType, fileName);
    }

    /// <summary>The stored result once the comparison succeeded; otherwise null, with <see cref="State"/>, <see cref="Job"/> and <see cref="Problem"/> saying why.</summary>
    private async Task<DecodedComparison?> GetOrRequestAsync(int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var job = await comparisons.FindAsync(Country, fromYear, toYear, cancellationToken);
        if (job is null)
        {
            var request = await comparisons.RequestAsync(Country, fromYear, toYear, cancellationToken);
            if (request.Comparison is null)
            {
                Problem = request.ErrorDetail ?? "These editions cannot be compared.";
                return null;
            }

            job = request.Comparison;
        }

        State = job.Status;
        Job = job;
        if (job.Status == ComparisonState.Failed)
        {
            Problem = job.Error ?? "The comparison job failed.";
        }

        if (job.Status != ComparisonState.Succeeded)
        {
            return null;
        }

        if (decoded.TryGetValue(job.Id, out DecodedComparison? cached) && cached is not null)
        {
            return cached;
        }

        EditionComparison? result;
        try
        {
            result = await comparisons.GetResultAsync(job.Id, cancellationToken);
        }
        catch (FormatException e)
        {
            // A result stored by an older build may not decode; say so instead of failing the page.
            return Fail("The stored result of this comparison cannot be read: " + e.Message);
        }

        if (result is null)
        {
            return Fail("The comparison succeeded but its result is missing from the store.");
        }

        var newSections = await histories.ListSectionsAsync(job.ToEditionId, cancellationToken);
        var stored = new DecodedComparison(result, new SectionLineages(
            ByPath(newSections),
            ByPath(await histories.ListSectionsAsync(job.FromEditionId, cancellationToken)))
        {
            NewOutline = [.. newSections.Select(section => section.Path)],
        });
        // Succeeded comparisons never change (a new engine version or revision gives a new id).
        decoded.Set(job.Id, stored, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return stored;

        DecodedComparison? Fail(string problem)
        {
            State = ComparisonState.Failed;
            Problem = problem;
            return null;
        }
    }

    private static ImmutableDictionary<string, string> ByPath(IReadOnlyList<SectionLineage> sections)
    {
        var byPath = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            byPath.TryAdd(section.Path, section.LineageId);
        }

        return byPath.ToImmutable();
    }

    /// <summary>This page's address with one filter changed, the others kept.</summary>
    public string WithFilter(
        bool? changes = null, bool? substantive = null, string? section = null, bool clearSection = false,
        bool? flagged = null, FlagKind? kind = null, bool clearKind = false, bool? byScore = null)
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

        if (flagged ?? FlaggedOnly)
        {
            query.Add("flagged=true");
        }

        if ((clearKind ? null : kind ?? Kind) is { } chosenKind)
        {
            query.Add("kind=" + FlagLabels.Label(chosenKind));
        }

        if (byScore ?? ByScore)
        {
            query.Add("sort=score");
        }

        return query.Count == 0 ? BasePath : BasePath + "?" + string.Join('&', query);
    }
}
