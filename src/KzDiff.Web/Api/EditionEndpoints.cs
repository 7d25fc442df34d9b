using KzDiff.Core.Editions;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;
using KzDiff.Web.Access;
using KzDiff.Web.Ui;
using Microsoft.AspNetCore.Http.Features;

namespace KzDiff.Web.Api;

/// <summary><c>/api/editions</c>: list, inspect and upload editions.</summary>
internal static class EditionEndpoints
{
    public static void MapEditionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/editions").WithTags("Editions");
        group.MapGet("/", ListAsync)
            .WithSummary("Stored editions (every revision), optionally of one country")
            .Produces<ItemList<EditionSummary>>();
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("One stored edition with its sections and their lineage ids")
            .Produces<EditionDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/imports", ImportsAsync)
            .WithSummary("The latest import attempts, failed ones with their reasons")
            .Produces<ItemList<ImportLogEntry>>();
        group.MapPost("/", UploadAsync)
            .RequireAuthorization(AccessPolicies.Reviewer)
            .WithSummary("Upload an edition (multipart/form-data, field 'file'; optional field 'format': StateGovHtml, PdfText, PlainText); needs a reviewer")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportResponse>(StatusCodes.Status201Created)
            .Produces<ImportResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<ItemList<EditionSummary>> ListAsync(string? country, EditionCatalog catalog, CancellationToken cancellationToken) =>
        new(await catalog.ListEditionsAsync(country, cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, EditionCatalog catalog, SectionHistoryService history, CancellationToken cancellationToken)
    {
        var edition = await catalog.GetEditionAsync(id, cancellationToken);
        return edition is null
            ? ApiProblems.NotFound($"no edition {id}")
            : TypedResults.Ok(new EditionDetail(edition, await history.ListSectionsAsync(id, cancellationToken)));
    }

    private static async Task<ItemList<ImportLogEntry>> ImportsAsync(int? count, EditionCatalog catalog, CancellationToken cancellationToken) =>
        new(await catalog.ListImportsAsync(count ?? 50, cancellationToken));

    private static async Task<IResult> UploadAsync(
        HttpRequest request,
        EditionImporter importer,
        KzDiffOptions options,
        CancellationToken cancellationToken)
    {
        // The body is cut off near the limit so that an oversized upload is never read whole; whether
        // the edition itself is too large is the importer's call, as for every other source.
        var limit = options.Import.MaxEditionBytes + WebUiServiceCollectionExtensions.MultipartOverhead;
        var tooLarge = $"an edition may be at most {options.Import.MaxEditionBytes:N0} bytes";
        if (request.ContentLength > limit)
        {
            return ApiProblems.TooLarge($"the upload is {request.ContentLength:N0} bytes; {tooLarge}");
        }

        if (!request.HasFormContentType)
        {
            return ApiProblems.BadRequest("send the edition as multipart/form-data with the file in the field 'file'");
        }

        // A body without Content-Length (chunked) is cut off at the limit instead of being read whole.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.TooLarge(tooLarge);
        }
        catch (InvalidDataException ex)
        {
            return ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? ApiProblems.TooLarge(tooLarge)
                : ApiProblems.BadRequest("the multipart body cannot be read: " + ex.Message);
        }
        catch (IOException)
        {
            // The multipart reader's word for a body that ends before its closing boundary.
            return ApiProblems.BadRequest("the multipart body is cut off: it ends before its closing boundary");
        }

        var file = form.Files.GetFile("file") ?? (form.Files.Count == 1 ? form.Files[0] : null);
        if (file is null)
        {
            return ApiProblems.Invalid("file", "attach the edition in the form field 'file'");
        }

        if (file.Length == 0)
        {
            return ApiProblems.Invalid("file", "the uploaded file is empty");
        }

        EditionFormat? format = null;
        if (form.TryGetValue("format", out var formatText) && !string.IsNullOrWhiteSpace(formatText))
        {
            if (!Enum.TryParse<EditionFormat>(formatText, ignoreCase: true, out var parsedFormat) || !Enum.IsDefined(parsedFormat))
            {
                return ApiProblems.Invalid("format", $"'format' must be one of {string.Join(", ", Enum.GetNames<EditionFormat>())}");
            }

            format = parsedFormat;
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var uploadedBy = request.HttpContext.User.Identity?.Name;
        var result = await importer.ImportAsync(content, Path.GetFileName(file.FileName), format, uploadedBy, cancellationToken);
        return result.Outcome switch
        {
            ImportOutcome.Imported or ImportOutcome.NewRevision =>
                TypedResults.Created($"/api/editions/{result.Edition!.Id}", ImportResponse.Of(result.Outcome, result.Edition!, uploadedBy)),
            ImportOutcome.Unchanged => TypedResults.Ok(ImportResponse.Of(result.Outcome, result.Edition!, uploadedBy)),
            _ => result.Failure switch
            {
                ImportFailure.Empty => ApiProblems.Invalid("file", result.Error!),
                ImportFailure.TooLarge => ApiProblems.TooLarge(result.Error!),
                _ => ApiProblems.Unprocessable(result.Error!),
            },
        };
    }
}
