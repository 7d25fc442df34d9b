using System.Globalization;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Rendering;
using KzDiff.Service.Review;
using KzDiff.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Review;

/// <summary>
/// The review queue: every flag of the stored comparisons, most significant first, filtered and paged;
/// reviewers decide each with a note. Deciding posts the version the reviewer saw, so a decision made
/// meanwhile by someone else is shown instead of overwritten.
/// </summary>
public sealed class IndexModel(ReviewService review, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "country")]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public int? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "minScore")]
    public double? MinScore { get; set; }

    [BindProperty(SupportsGet = true, Name = "section")]
    public string? Section { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public ReviewPage? Result { get; private set; }

    public IReadOnlyList<ReviewRowView> Rows { get; private set; } = [];

    /// <summary>Whether the reader may decide (a reviewer or admin); others see the queue without the forms.</summary>
    public bool CanDecide { get; private set; }

    /// <summary>Why the filters cannot be used, for the reader.</summary>
    public string? Problem { get; private set; }

    /// <summary>The flag whose decision was just saved.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    /// <summary>The flag a decision was refused for, with what to tell the reviewer.</summary>
    public string? RefusedFlag { get; private set; }

    public string? RefusedMessage { get; private set; }

    /// <summary>The note the reviewer typed for a refused decision, offered again.</summary>
    public string? RefusedNote { get; private set; }

    public static IReadOnlyList<string> Kinds { get; } = [.. Enum.GetValues<FlagKind>().Select(FlagLabels.Label)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(string? flagId, string? decision, string? note, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, AccessPolicies.Reviewer)).Succeeded)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var result = await review.DecideAsync(flagId ?? "", decision, note, expectedVersion ?? -1, User.Identity!.Name!, cancellationToken);
        if (result.Outcome == DecisionOutcome.Decided)
        {
            // Post, then redirect: a reload does not decide twice.
            return Redirect(QueryUrl(page: PageNumber, saved: flagId) + "#f-" + flagId);
        }

        RefusedFlag = flagId;
        RefusedNote = note;
        (Response.StatusCode, RefusedMessage) = result.Outcome switch
        {
            DecisionOutcome.Conflict when result.Current is { } current => (
                StatusCodes.Status409Conflict,
                string.Create(CultureInfo.InvariantCulture, $"Not saved: {current.DecidedBy} decided this flag first ({current.State}, {current.DecidedAt:yyyy-MM-dd HH:mm} UTC{(current.Note.Length > 0 ? ": \u201C" + current.Note + "\u201D" : "")}). Their decision is shown above; decide again if you still disagree.")),
            DecisionOutcome.Conflict => (StatusCodes.Status409Conflict, "Not saved: the flag changed since you loaded the page. It is shown as it is now; decide again."),
            DecisionOutcome.UnknownFlag => (StatusCodes.Status404NotFound, "Not saved: no stored comparison has this flag any more."),
            _ => (StatusCodes.Status400BadRequest, "Not saved: " + result.Error),
        };
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanDecide = (await authorization.AuthorizeAsync(User, AccessPolicies.Reviewer)).Succeeded;
        var (query, problem) = Api.ReviewEndpoints.ParseQuery(Country, From, To, State, Kind, MinScore, Section, PageNumber, pageSize: null);
        if (problem is not null || query is null)
        {
            Problem = "These filters cannot be used: check the years (older first), the score (0 to 1) and the page.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Result = await review.ListAsync(query, cancellationToken);
        var histories = await review.HistoriesAsync([.. Result.Items.Select(i => i.Id)], cancellationToken);
        Rows = [.. Result.Items.Select(item => ReviewRowView.From(item, histories.GetValueOrDefault(item.Id) ?? []))];
    }

    /// <summary>This page's address with the current filters, on <paramref name="page"/>.</summary>
    public string QueryUrl(int? page = null, string? saved = null)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("country", Country);
        Add("from", From?.ToString(CultureInfo.InvariantCulture));
        Add("to", To?.ToString(CultureInfo.InvariantCulture));
        Add("state", State);
        Add("kind", Kind);
        Add("minScore", MinScore?.ToString(CultureInfo.InvariantCulture));
        Add("section", Section);
        Add("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        Add("saved", saved);
        return query.Count == 0 ? "/review" : "/review?" + string.Join('&', query);
    }

    /// <summary>Where a decision form posts: this page's handler, keeping the filters and page for the redirect back.</summary>
    public string DecideUrl(int page)
    {
        var url = QueryUrl(page);
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Decide";
    }

    public static string StateLabel(string state) => state switch
    {
        ReviewStates.NeedsSecondReview => "needs second review",
        _ => state,
    };

    public static string When(DateTime at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
