using System.Security.Claims;
using KzDiff.Service.Subscriptions;
using KzDiff.Web.Access;
using Microsoft.AspNetCore.Mvc;

namespace KzDiff.Web.Api;

/// <summary>
/// <c>/api/subscriptions</c>: a signed-in user's subscriptions and their delivery logs; anyone else
/// gets 401. Each user sees only their own: another's id answers 404, as if it did not exist.
/// <c>/feeds/subscriptions/{id}?key=</c>: the Atom feed, for feed readers that cannot sign in.
/// </summary>
internal static class SubscriptionEndpoints
{
    public const int MaxBodyBytes = 64 * 1024;

    public static void MapSubscriptionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/subscriptions").WithTags("Subscriptions").RequireAuthorization(AccessPolicies.Subscriber);
        group.MapPost("/", CreateAsync)
            // A subscription is a few hundred bytes; its lists are capped, so a larger body is no subscription.
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithSummary("Subscribe to change summaries (201 with id, secret and feedUrl); needs a signed-in user")
            .Accepts<SubscriptionRequest>("application/json")
            .Produces<SubscriptionCreatedResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/", ListAsync)
            .WithSummary("The caller's subscriptions")
            .Produces<ItemList<SubscriptionView>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("One of the caller's subscriptions")
            .Produces<SubscriptionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", DeleteAsync)
            .WithSummary("Delete one of the caller's subscriptions (nothing more is sent for it)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/deliveries", DeliveriesAsync)
            .WithSummary("The delivery log of one of the caller's subscriptions, newest first")
            .Produces<ItemList<DeliveryLogEntry>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapSubscriptionFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/subscriptions/{id:guid}", FeedAsync)
            .AllowAnonymous()
            .WithTags("Subscriptions")
            .WithSummary("A subscription's Atom feed; the key in its address (feedUrl) is the credential")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static string UserId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("a signed-in user without an id");

    private static async Task<IResult> CreateAsync(SubscriptionRequest? request, ClaimsPrincipal user, SubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return ApiProblems.BadRequest("send a JSON body such as {\"country\": \"veloria\", \"delivery\": {\"type\": \"webhook\", \"url\": \"https://example.org/hook\"}}");
        }

        if (request.Delivery is null)
        {
            return ApiProblems.Invalid("delivery", "'delivery' is required: {\"type\": \"webhook\", \"url\"}, {\"type\": \"email\", \"address\"} or {\"type\": \"feed\"}");
        }

        var result = await subscriptions.CreateAsync(
            UserId(user),
            new NewSubscription(
                request.Country, request.Sections, request.Terms, request.FlagKinds, request.MinScore,
                request.Delivery.Type, request.Delivery.Url, request.Delivery.Address, request.Schedule),
            cancellationToken);
        if (result.Created is not { } created)
        {
            return ApiProblems.Invalid(result.Field!, result.Error!);
        }

        var view = created.Subscription;
        return TypedResults.Created($"/api/subscriptions/{view.Id}", new SubscriptionCreatedResponse(view.Id, created.Secret, view.FeedUrl, view));
    }

    private static async Task<ItemList<SubscriptionView>> ListAsync(ClaimsPrincipal user, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        new(await subscriptions.ListAsync(UserId(user), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.GetAsync(UserId(user), id, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : ApiProblems.NotFound($"you have no subscription {id}");

    private static async Task<IResult> DeleteAsync(Guid id, ClaimsPrincipal user, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.DeleteAsync(UserId(user), id, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"you have no subscription {id}");

    private static async Task<IResult> DeliveriesAsync(Guid id, int? count, ClaimsPrincipal user, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.DeliveriesAsync(UserId(user), id, count ?? 100, cancellationToken) is { } log
            ? TypedResults.Ok(new ItemList<DeliveryLogEntry>(log))
            : ApiProblems.NotFound($"you have no subscription {id}");

    private static async Task<IResult> FeedAsync(Guid id, string? key, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.FeedAsync(id, key, cancellationToken) is { } atom
            ? Results.Bytes(atom, "application/atom+xml; charset=utf-8")
            : ApiProblems.NotFound($"no feed {id} with that key");
}
