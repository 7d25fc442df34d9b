using KzDiff.Web.Ui.ServiceBacked;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KzDiff.Web.Ui;

/// <summary>Registers the Razor Pages UI, its view of the service layer and its security headers.</summary>
public static class WebUiServiceCollectionExtensions
{
    public static IServiceCollection AddKzDiffWebUi(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.Configure<MvcOptions>(options => options.Filters.Add<ContentSecurityPolicyFilter>());
        services.TryAddSingleton<StoredComparisonCache>();
        services.TryAddSingleton<IEditionCatalogView, ServiceEditionCatalogView>();
        services.TryAddSingleton<IComparisonView, ServiceComparisonView>();
        services.TryAddSingleton<ISectionHistoryView, ServiceSectionHistoryView>();
        services.TryAddSingleton<IEditionUpload, ServiceEditionUpload>();
        return services;
    }
}
