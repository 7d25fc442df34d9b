using KzDiff.Service.Accounts;
using KzDiff.Service.Configuration;
using Microsoft.AspNetCore.Authorization;

namespace KzDiff.Web.Access;

/// <summary>
/// The three authorization policies every endpoint and page names. <see cref="Read"/> lets anyone
/// through while <c>KzDiff:Access:AnonymousRead</c> is true (the default), and needs a viewer
/// otherwise; <see cref="Reviewer"/> (upload, and deciding flags) and <see cref="Admin"/> (users,
/// jobs dashboard) always need a signed-in user of that role or a stronger one.
/// </summary>
internal static class AccessPolicies
{
    public const string Read = "read";

    public const string Reviewer = "reviewer";

    public const string Admin = "admin";

    /// <summary>Any signed-in user (every account has a role): subscriptions belong to someone.</summary>
    public const string Subscriber = "subscriber";

    public static void Add(AuthorizationOptions authorization, AccessOptions access)
    {
        authorization.AddPolicy(Read, policy =>
        {
            if (access.AnonymousRead)
            {
                policy.RequireAssertion(_ => true);
            }
            else
            {
                policy.RequireRole(Roles.AtLeast(Roles.Viewer));
            }
        });
        authorization.AddPolicy(Reviewer, policy => policy.RequireRole(Roles.AtLeast(Roles.Reviewer)));
        authorization.AddPolicy(Admin, policy => policy.RequireRole(Roles.AtLeast(Roles.Admin)));
        authorization.AddPolicy(Subscriber, policy => policy.RequireRole(Roles.AtLeast(Roles.Viewer)));
    }
}
