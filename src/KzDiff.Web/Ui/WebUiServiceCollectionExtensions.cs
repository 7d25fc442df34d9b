using KzDiff.Service.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KzDiff.Web.Ui;

/// <summary>Registers the Razor Pages UI, its cache of decoded comparisons, its upload limits and its security headers.</summary>
public static class WebUiServiceCollectionExtensions
{
    /// <summary>Service key of the cache the compare page keeps decoded comparisons in.</summary>
    public const string DecodedComparisons = "decoded-comparisons";

    /// <summary>Service key of the cache the compare page keeps built views in, by comparison and filters.</summary>
    public const string ComparisonViews = "comparison-views";

    /// <summary>Built views kept at once: a page and the sections its reader scrolls to share one.</summary>
    public const int ComparisonViewCapacity = 32;

    /// <summary>Decoded comparisons kept at once; a large one holds a few megabytes.</summary>
    public const int DecodedComparisonCapacity = 16;

    /// <summary>Multipart boundaries and part headers around the uploaded file itself.</summary>
    public const long MultipartOverhead = 64 * 1024;

    public static IServiceCollection AddKzDiffWebUi(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.Configure<MvcOptions>(options => options.Filters.Add<ContentSecurityPolicyFilter>());
        // Its own size-limited cache (sizes count comparisons), so nothing else in the process can crowd it out or grow it.
        services.AddKeyedSingleton<IMemoryCache>(
            DecodedComparisons,
            (_, _) => new MemoryCache(new MemoryCacheOptions { SizeLimit = DecodedComparisonCapacity }));
        services.AddKeyedSingleton<IMemoryCache>(
            ComparisonViews,
            (_, _) => new MemoryCache(new MemoryCacheOptions { SizeLimit = ComparisonViewCapacity }));
        services.AddSingleton<IConfigureOptions<RazorPagesOptions>, UploadLimitConvention>();
        return services;
    }

    /// <summary>
    /// Bounds the editions page's upload by <see cref="ImportOptions.MaxEditionBytes"/>, the same
    /// option the importer checks. The limits are filters rather than a check in the handler because
    /// the antiforgery filter reads the whole form before any handler runs.
    /// </summary>
    private sealed class UploadLimitConvention(KzDiffOptions options) : IConfigureOptions<RazorPagesOptions>
    {
        public void Configure(RazorPagesOptions pages)
        {
            var limit = options.Import.MaxEditionBytes + MultipartOverhead;
            pages.Conventions.AddPageApplicationModelConvention("/Editions/Index", model =>
            {
                model.Filters.Add(new RequestSizeLimitAttribute(limit));
                model.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit });
            });
        }
    }
}
