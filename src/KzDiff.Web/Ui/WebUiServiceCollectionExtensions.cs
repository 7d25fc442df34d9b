using Microsoft.AspNetCore.Mvc;

namespace KzDiff.Web.Ui;

/// <summary>Registers the Razor Pages UI and its security headers.</summary>
public static class WebUiServiceCollectionExtensions
{
    public static IServiceCollection AddKzDiffWebUi(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.Configure<MvcOptions>(options => options.Filters.Add<ContentSecurityPolicyFilter>());
        return services;
    }
}
