using System.Text.Encodings.Web;
using KzDiff.Service.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KzDiff.Web.Access;

/// <summary>
/// <c>Authorization: Bearer kzd_...</c>: the API caller is the token's user, with that user's role as
/// it is now (a changed role applies at once; a revoked token or a removed user gets 401).
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    UserManager<IdentityUser> users,
    IUserClaimsPrincipalFactory<IdentityUser> principals) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private const string Prefix = "Bearer ";

    /// <summary>Whether the request carries a bearer token (valid or not), so that it is judged by the token alone.</summary>
    public static bool IsPresented(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsPresented(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var token = Request.Headers.Authorization.ToString()[Prefix.Length..].Trim();
        var userId = await tokens.FindUserIdAsync(token, Context.RequestAborted);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AuthenticateResult.Fail("the token is unknown or revoked");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
