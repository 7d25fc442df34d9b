using KzDiff.Service.Trends;

namespace KzDiff.Web.Api;

/// <summary><c>/api/trends</c>: term counts and rates per year over the stored editions, and the sentences behind them.</summary>
internal static class TrendEndpoints
{
    public static void MapTrendEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/trends").WithTags("Trends");
        group.MapGet("/", QueryAsync)
            .WithSummary("Counts and rates per 100,000 words of terms (case-insensitive substrings, phrases allowed) per year; format=csv for CSV")
            .Produces<TrendReport>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
        group.MapGet("/sentences", SentencesAsync)
            .WithSummary("The sentences holding a term in one year, a page at a time")
            .Produces<TermSentencePage>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> QueryAsync(
        TrendService trends,
        string? terms,
        int? from,
        int? to,
        string? country,
        string? section,
        string? format,
        CancellationToken cancellationToken)
    {
        if (format is not null && format is not ("json" or "csv"))
        {
            return ApiProblems.Invalid("format", "format must be json or csv");
        }

        try
        {
            var report = await trends.QueryAsync(new TrendQuery(TrendTerms.Parse(terms), from, to, country, section), cancellationToken);
            return format == "csv"
                ? TypedResults.Text(TrendCsv.Write(report), "text/csv; charset=utf-8")
                : TypedResults.Ok(report);
        }
        catch (TrendQueryException ex)
        {
            return ApiProblems.Invalid(ex.Field, ex.Message);
        }
    }

    private static async Task<IResult> SentencesAsync(
        TrendService trends,
        string? term,
        int? year,
        string? country,
        string? section,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        if (year is null)
        {
            return ApiProblems.Invalid("year", "'year' is required");
        }

        try
        {
            return TypedResults.Ok(await trends.SentencesAsync(term ?? string.Empty, year.Value, country, section, page ?? 1, pageSize ?? 50, cancellationToken));
        }
        catch (TrendQueryException ex)
        {
            return ApiProblems.Invalid(ex.Field, ex.Message);
        }
    }
}
