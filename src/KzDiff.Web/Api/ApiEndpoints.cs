namespace KzDiff.Web.Api;

/// <summary>The JSON API under <c>/api</c>; every error is an RFC 7807 problem document.</summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapKzDiffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").DisableAntiforgery();
        api.MapComparisonEndpoints();
        api.MapBatchEndpoints();
        api.MapEditionEndpoints();
        api.MapCountryEndpoints();
        api.MapTrendEndpoints();
        api.MapLineageEndpoints();
        return app;
    }
}
