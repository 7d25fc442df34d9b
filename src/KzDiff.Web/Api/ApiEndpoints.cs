using KzDiff.Web.Access;

namespace KzDiff.Web.Api;

/// <summary>The JSON API under <c>/api</c>; every error is an RFC 7807 problem document.</summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapKzDiffApi(this IEndpointRouteBuilder app)
    {
        // Reading and requesting comparisons fall under the read policy; endpoints that need more say so.
        // Antiforgery tokens are for forms: API callers are refused cross-site by CrossSiteRequestGuard.
        var api = app.MapGroup("/api").DisableAntiforgery().RequireAuthorization(AccessPolicies.Read);
        api.MapComparisonEndpoints();
        api.MapBatchEndpoints();
        api.MapEditionEndpoints();
        api.MapCountryEndpoints();
        api.MapTrendEndpoints();
        api.MapLineageEndpoints();
        api.MapCorpusEndpoints();
        api.MapUserEndpoints();
        api.MapReviewEndpoints();
        api.MapSubscriptionEndpoints();
        app.MapSubscriptionFeed();
        return app;
    }
}
