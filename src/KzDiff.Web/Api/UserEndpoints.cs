using KzDiff.Service.Accounts;
using KzDiff.Web.Access;

namespace KzDiff.Web.Api;

/// <summary><c>/api/users</c>: the accounts and their roles, for admins. Accounts are added on the server (<c>kzdiff users add</c>).</summary>
internal static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/users", ListAsync)
            .RequireAuthorization(AccessPolicies.Admin)
            .WithTags("Users")
            .WithSummary("Every user with their role and lockout; needs an admin")
            .Produces<ItemList<AccountSummary>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<ItemList<AccountSummary>> ListAsync(UserAccounts accounts, CancellationToken cancellationToken) =>
        new(await accounts.ListAsync(cancellationToken));
}
