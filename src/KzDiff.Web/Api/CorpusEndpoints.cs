using System.Text;
using KzDiff.Service.Corpus;

namespace KzDiff.Web.Api;

/// <summary><c>/api/corpus/{from}..{to}</c>: the template's titles across every stored country, computed by a job.</summary>
internal static class CorpusEndpoints
{
    public static void MapCorpusEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/corpus/{from:int}..{to:int}", GetAsync)
            .WithTags("Corpus")
            .WithSummary("For each section title of the template: in how many reports it vanished, appeared or was renamed (to what); template renames and template-wide edits; 202 while a job computes it; format=csv for CSV")
            .Produces<CorpusTableDocument>()
            .Produces<CorpusTablePending>(StatusCodes.Status202Accepted)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetAsync(int from, int to, string? format, CorpusTableService tables, HttpContext http, CancellationToken cancellationToken)
    {
        if (YearRules.Check(from, to) is { } problem)
        {
            return problem;
        }

        if (format is not null && format is not ("json" or "csv"))
        {
            return ApiProblems.Invalid("format", "format must be json or csv");
        }

        var request = await tables.RequestAsync(from, to, cancellationToken);
        if (request is null)
        {
            return ApiProblems.NotFound($"no country has editions for both {from} and {to} stored");
        }

        if (request.Json is null)
        {
            return new AcceptedDocumentResult(CorpusTableJson.Write(request.Pending), http.Request.Path + http.Request.QueryString);
        }

        return format == "csv"
            ? TypedResults.Text(CorpusTableCsv.Write(CorpusTableJson.Read(request.Json)), "text/csv; charset=utf-8")
            : TypedResults.Text(request.Json, "application/json", Encoding.UTF8);
    }
}
