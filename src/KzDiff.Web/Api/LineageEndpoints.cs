using System.Text;
using System.Text.Json;
using KzDiff.Service.Lineage;

namespace KzDiff.Web.Api;

/// <summary><c>/api/lineage/{country}/{year}</c>: since when each sentence of an edition stands, computed by a job.</summary>
internal static class LineageEndpoints
{
    public static void MapLineageEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/lineage/{country}/{year:int}", GetAsync)
            .WithTags("Lineage")
            .WithSummary("Every sentence of an edition with firstSeen, unchangedSince and rewordedIn; 202 while a job computes it")
            .Produces<SentenceLineageDocument>()
            .Produces(StatusCodes.Status202Accepted, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetAsync(string country, int year, string? section, LineageRequests requests, HttpContext http, CancellationToken cancellationToken)
    {
        if (country.Length > 200)
        {
            return ApiProblems.Invalid("country", "a country has at most 200 characters");
        }

        var request = await requests.RequestAsync(country, year, cancellationToken);
        if (request is null)
        {
            return ApiProblems.NotFound($"no edition of '{country}' for {year} is stored");
        }

        if (request.Json is null)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new
            {
                country = request.Edition.Country,
                year = request.Edition.Year,
                status = request.Status.ToString().ToLowerInvariant(),
                previousError = request.PreviousError,
            });
            return new AcceptedDocumentResult(body, http.Request.Path + http.Request.QueryString);
        }

        if (string.IsNullOrWhiteSpace(section))
        {
            return TypedResults.Text(request.Json, "application/json", Encoding.UTF8);
        }

        // One section (its path, and the sections below it) out of the stored document.
        var document = SentenceLineageJson.Read(request.Json);
        var filtered = document with
        {
            Items = document.Items
                .Where(i => i.Section.Equals(section, StringComparison.OrdinalIgnoreCase)
                    || i.Section.StartsWith(section + "/", StringComparison.OrdinalIgnoreCase))
                .ToArray(),
        };
        return TypedResults.Text(SentenceLineageJson.Write(filtered), "application/json", Encoding.UTF8);
    }
}
