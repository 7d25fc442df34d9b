using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace KzDiff.Web.Access;

/// <summary>
/// API clients get problem documents instead of the sign-in page: 401 when nobody (or a rejected
/// token) is calling, 403 naming the role needed when the caller's role is too weak. Pages keep the
/// default: a redirect to the sign-in page or to the access-denied page.
/// </summary>
internal sealed class ApiAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler pages = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await pages.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        // A token that was presented and rejected is refused even where reading is open: the client
        // must learn that its token no longer works, not silently act as nobody.
        var rejectedToken = BearerTokenHandler.IsPresented(context.Request) && context.User.Identity?.IsAuthenticated != true;
        if (rejectedToken || authorizeResult.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteAsync(
                context,
                StatusCodes.Status401Unauthorized,
                "Sign-in required",
                rejectedToken
                    ? "the bearer token is unknown or revoked; create a new one with kzdiff tokens create NAME"
                    : "send Authorization: Bearer <token> (kzdiff tokens create NAME) or sign in at /account/signin");
            return;
        }

        if (authorizeResult.Forbidden)
        {
            var needed = authorizeResult.AuthorizationFailure?.FailedRequirements
                .OfType<RolesAuthorizationRequirement>()
                .Select(r => r.AllowedRoles.First())
                .FirstOrDefault();
            await WriteAsync(
                context,
                StatusCodes.Status403Forbidden,
                "Forbidden",
                needed is null
                    ? $"{context.User.Identity?.Name} may not do this"
                    : $"this needs the {needed} role (or a stronger one); {context.User.Identity?.Name} does not have it");
            return;
        }

        await pages.HandleAsync(next, context, policy, authorizeResult);
    }

    private async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
