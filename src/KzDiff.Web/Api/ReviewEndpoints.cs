using System.Text;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Rendering;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Review;
using KzDiff.Service.Storage;
using KzDiff.Web.Access;
using Microsoft.AspNetCore.Http.Features;

namespace KzDiff.Web.Api;

/// <summary>
/// <c>/api/flags</c>: the review queue, decisions with optimistic concurrency, each flag's history; and
/// <c>/api/comparisons/{id}/evidence</c>, the confirmed flags of a comparison as JSON, CSV or Markdown.
/// </summary>
internal static class ReviewEndpoints
{
    /// <summary>A decision body is a state, a note of at most 2,000 characters and a number.</summary>
    private const long MaxDecisionBytes = 16 * 1024;

    public static void MapReviewEndpoints(this RouteGroupBuilder api)
    {
        var flags = api.MapGroup("/flags").WithTags("Review");
        flags.MapGet("/", ListAsync)
            .WithSummary("Flags of every stored comparison, most significant first; filters country, from, to, state, kind, minScore, section; page, pageSize")
            .Produces<FlagListDocument>()
            .ProducesValidationProblem();
        flags.MapGet("/{id}", GetAsync)
            .WithSummary("One flag with its state and version")
            .Produces<FlagDocument>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        flags.MapPost("/{id}/decisions", DecideAsync)
            .RequireAuthorization(AccessPolicies.Reviewer)
            .WithSummary("Decide a flag (open, confirmed, dismissed, needs-second-review) with a note; 409 with the current decision when expectedVersion is stale; needs a reviewer")
            .Accepts<DecisionRequest>("application/json")
            .Produces<DecisionDocument>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        flags.MapGet("/{id}/history", HistoryAsync)
            .WithSummary("Every decision on a flag, oldest first (only ever appended to)")
            .Produces<ItemList<DecisionDocument>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/comparisons/{id:guid}/evidence", EvidenceAsync)
            .WithTags("Review")
            .WithSummary("The confirmed flags of a comparison: both quotes, sections, state.gov addresses, who confirmed and their notes; format=json|csv|markdown")
            .Produces<EvidencePacket>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "text/markdown")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The queue's filters from a query string, or the problem with one of them.</summary>
    public static (ReviewQuery? Query, IResult? Problem) ParseQuery(
        string? country, int? from, int? to, string? state, string? kind, double? minScore, string? section, int? page, int? pageSize)
    {
        if (country is { Length: > 200 })
        {
            return (null, ApiProblems.Invalid("country", "a country has at most 200 characters"));
        }

        if (!string.IsNullOrWhiteSpace(state) && ReviewStates.Parse(state) is null)
        {
            return (null, ApiProblems.Invalid("state", $"state must be one of {string.Join(", ", ReviewStates.All)}"));
        }

        if (!string.IsNullOrWhiteSpace(kind) && !Enum.GetValues<FlagKind>().Any(k => string.Equals(FlagLabels.Label(k), kind.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return (null, ApiProblems.Invalid("kind", $"kind must be one of {string.Join(", ", Enum.GetValues<FlagKind>().Select(FlagLabels.Label))}"));
        }

        if (minScore is < 0 or > 1 || (minScore is { } score && double.IsNaN(score)))
        {
            return (null, ApiProblems.Invalid("minScore", "minScore is between 0 and 1"));
        }

        if (from is { } f && to is { } t && f > t)
        {
            return (null, ApiProblems.Invalid("from", $"'from' ({f}) is after 'to' ({t}); give the older year first"));
        }

        if (section is { Length: > ReviewLimits.MaxSectionFilterLength })
        {
            return (null, ApiProblems.Invalid("section", $"a section filter has at most {ReviewLimits.MaxSectionFilterLength} characters"));
        }

        if (page is < 1 or > 1_000_000)
        {
            return (null, ApiProblems.Invalid("page", "page starts at 1"));
        }

        if (pageSize is < 1 or > ReviewLimits.MaxPageSize)
        {
            return (null, ApiProblems.Invalid("pageSize", $"pageSize is between 1 and {ReviewLimits.MaxPageSize}"));
        }

        return (new ReviewQuery(
            string.IsNullOrWhiteSpace(country) ? null : country.Trim(),
            from,
            to,
            string.IsNullOrWhiteSpace(state) ? null : state,
            string.IsNullOrWhiteSpace(kind) ? null : kind,
            minScore,
            string.IsNullOrWhiteSpace(section) ? null : section,
            page ?? 1,
            pageSize ?? ReviewLimits.DefaultPageSize), null);
    }

    private static async Task<IResult> ListAsync(
        string? country, int? from, int? to, string? state, string? kind, double? minScore, string? section, int? page, int? pageSize,
        ReviewService review, CancellationToken cancellationToken)
    {
        var (query, problem) = ParseQuery(country, from, to, state, kind, minScore, section, page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var result = await review.ListAsync(query!, cancellationToken);
        return TypedResults.Ok(new FlagListDocument([.. result.Items.Select(FlagDocument.Of)], result.Count, result.Page, result.PageSize));
    }

    private static async Task<IResult> GetAsync(string id, ReviewService review, CancellationToken cancellationToken)
    {
        var item = await review.GetAsync(id, cancellationToken);
        return item is null ? UnknownFlag(id) : TypedResults.Ok(FlagDocument.Of(item));
    }

    private static async Task<IResult> HistoryAsync(string id, ReviewService review, CancellationToken cancellationToken)
    {
        var history = await review.HistoryAsync(id, cancellationToken);
        return history is null ? UnknownFlag(id) : TypedResults.Ok(new ItemList<DecisionDocument>([.. history.Select(DecisionDocument.From)]));
    }

    private static async Task<IResult> DecideAsync(string id, HttpContext http, ReviewService review, CancellationToken cancellationToken)
    {
        var request = await ReadDecisionAsync(http, cancellationToken);
        if (request.Problem is not null)
        {
            return request.Problem;
        }

        return await DecideParsedAsync(id, request.Body, http, review, cancellationToken);
    }

    /// <summary>The body, read only up to <see cref="MaxDecisionBytes"/> (a longer one is never read whole).</summary>
    private static async Task<(DecisionRequest? Body, IResult? Problem)> ReadDecisionAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var tooLarge = ApiProblems.TooLarge($"a decision is at most {MaxDecisionBytes:N0} bytes (a note of at most {ReviewLimits.MaxNoteLength:N0} characters)");
        if (http.Request.ContentLength > MaxDecisionBytes)
        {
            return (null, tooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxDecisionBytes;
        }

        if (!http.Request.HasJsonContentType())
        {
            return (null, ApiProblems.BadRequest("send the decision as application/json"));
        }

        try
        {
            return (await http.Request.ReadFromJsonAsync<DecisionRequest>(cancellationToken), null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, tooLarge);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return (null, ApiProblems.BadRequest("the body is not a decision in JSON: " + ex.Message));
        }
    }

    private static async Task<IResult> DecideParsedAsync(string id, DecisionRequest? request, HttpContext http, ReviewService review, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return ApiProblems.BadRequest("send a JSON body such as {\"state\": \"confirmed\", \"note\": \"checked against the PDF\", \"expectedVersion\": 0}");
        }

        if (request.ExpectedVersion is null)
        {
            return ApiProblems.Invalid("expectedVersion", "'expectedVersion' is required: the flag's version as last read (0 while undecided)");
        }

        var result = await review.DecideAsync(id, request.State, request.Note, request.ExpectedVersion.Value, http.User.Identity!.Name!, cancellationToken);
        return result.Outcome switch
        {
            DecisionOutcome.Decided => TypedResults.Ok(DecisionDocument.From(result.Current!)),
            DecisionOutcome.Invalid => ApiProblems.Invalid(result.Field!, result.Error!),
            DecisionOutcome.UnknownFlag => UnknownFlag(id),
            _ => Conflict(result.Current, request.ExpectedVersion.Value),
        };
    }

    /// <summary>409 naming the decision that was made meanwhile, with it as <c>current</c> for the client to show.</summary>
    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Conflict(ReviewDecision? current, int expected) =>
        TypedResults.Problem(
            detail: current is null
                ? $"the flag is still undecided (version 0), not at version {expected}; read it again and decide on what it says now"
                : $"{current.DecidedBy} decided this flag first: {current.State} (version {current.Version}, {current.DecidedAt:yyyy-MM-dd HH:mm} UTC); read it again and decide on what it says now",
            statusCode: StatusCodes.Status409Conflict,
            title: "Someone decided this flag meanwhile",
            extensions: new Dictionary<string, object?>
            {
                ["currentVersion"] = current?.Version ?? 0,
                ["current"] = current is null ? null : DecisionDocument.From(current),
            });

    private static IResult UnknownFlag(string id) =>
        ApiProblems.NotFound(id.Length > 40 ? "no stored comparison has this flag" : $"no stored comparison has flag '{id}'");

    private static async Task<IResult> EvidenceAsync(Guid id, string? format, HttpContext http, ComparisonService comparisons, EvidenceService evidence, CancellationToken cancellationToken)
    {
        var chosen = (format ?? "json").Trim().ToLowerInvariant();
        if (chosen is not ("json" or "csv" or "markdown"))
        {
            return ApiProblems.Invalid("format", "format must be json, csv or markdown");
        }

        var view = await comparisons.GetAsync(id, cancellationToken);
        if (view is null)
        {
            return ApiProblems.NotFound($"no comparison {id}");
        }

        if (view.Status != ComparisonState.Succeeded)
        {
            return TypedResults.Problem(detail: $"comparison {id} is {view.Status.ToString().ToLowerInvariant()}; its flags can be exported once it succeeded", statusCode: StatusCodes.Status409Conflict, title: "Not ready");
        }

        EvidencePacket? packet;
        try
        {
            packet = await evidence.ForComparisonAsync(id, cancellationToken);
        }
        catch (FormatException e)
        {
            return ApiProblems.Unprocessable("the stored result of this comparison cannot be read: " + e.Message);
        }

        if (packet is null)
        {
            return ApiProblems.NotFound($"no result of comparison {id}");
        }

        // Decisions change: never cached.
        http.Response.Headers.CacheControl = "no-store";
        var name = $"kzdiff-evidence-{packet.Country}-{packet.Old.Year}-{packet.New.Year}";
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{name}.{(chosen == "markdown" ? "md" : chosen)}\"";
        return chosen switch
        {
            "csv" => TypedResults.Text(EvidenceWriter.Csv(packet), "text/csv; charset=utf-8", Encoding.UTF8),
            "markdown" => TypedResults.Text(EvidenceWriter.Markdown(packet), "text/markdown; charset=utf-8", Encoding.UTF8),
            _ => TypedResults.Text(EvidenceWriter.Json(packet), "application/json; charset=utf-8", Encoding.UTF8),
        };
    }
}
