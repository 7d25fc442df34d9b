using KzDiff.Service.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Access;

/// <summary>Sign-in cookies, bearer tokens and the access policies on top of the service's accounts.</summary>
internal static class AccessServiceCollectionExtensions
{
    /// <summary>The scheme that picks the token when one is presented and the sign-in cookie otherwise.</summary>
    public const string SchemeName = "KzDiff";

    public static IServiceCollection AddKzDiffAccess(this IServiceCollection services)
    {
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "Cookie or bearer token", scheme =>
                scheme.ForwardDefaultSelector = context =>
                    BearerTokenHandler.IsPresented(context.Request) ? BearerTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, configureOptions: null)
            .AddIdentityCookies();
        new IdentityBuilder(typeof(IdentityUser), typeof(IdentityRole), services).AddSignInManager();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/signin";
            cookie.LogoutPath = "/account/signout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "kzdiff.session";
            cookie.Cookie.HttpOnly = true;
            // Lax still sends it on a link from elsewhere (a GET), never on another site's POST.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>()
            .Configure<KzDiffOptions>((authorization, options) => AccessPolicies.Add(authorization, options.Access));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        // Every page reads under the read policy; the account pages are open so that one can sign in.
        // Handlers that change more than a request (the upload) check their own policy.
        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/", AccessPolicies.Read);
            pages.Conventions.AllowAnonymousToFolder("/Account");
            pages.Conventions.AuthorizeFolder("/Subscriptions", AccessPolicies.Subscriber);
            // An e-mail's unsubscribe link works without signing in: its signature is the credential.
            pages.Conventions.AllowAnonymousToPage("/Subscriptions/Unsubscribe");
        });
        return services;
    }
}
