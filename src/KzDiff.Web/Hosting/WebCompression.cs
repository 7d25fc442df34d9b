using System.IO.Compression;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;

namespace KzDiff.Web.Hosting;

/// <summary>
/// Brotli and gzip for pages, scripts, styles and JSON. A compare page is 0.6-1 MB of prose that
/// compresses to a sixth. Over HTTPS a compressed response that holds a secret next to text an
/// attacker chose leaks the secret by its length (BREACH): here the only secret a body holds is an
/// antiforgery token, so a response that generated one is sent uncompressed over HTTPS.
/// </summary>
internal static class WebCompression
{
    public static IServiceCollection AddKzDiffResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/problem+json", "text/csv"];
        });
        // Optimal is Brotli quality 4 and gzip level 6 here: a few milliseconds for a large page, which
        // matters because the output cache keeps pages uncompressed and each response is compressed anew.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        // Registered after AddRazorPages' default (a TryAdd), so this one is used.
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, UncompressedWhereTokens>();
        return services;
    }

    /// <summary>
    /// Adds nothing to antiforgery tokens; it is called whenever a page generates one, which is the
    /// moment to mark the response as not to be compressed over HTTPS. (The compression middleware
    /// decides at the first write of the body, after the page has rendered into its buffer.)
    /// </summary>
    private sealed class UncompressedWhereTokens : IAntiforgeryAdditionalDataProvider
    {
        public string GetAdditionalData(HttpContext context)
        {
            if (context.Features.Get<IHttpsCompressionFeature>() is { } https)
            {
                https.Mode = HttpsCompressionMode.DoNotCompress;
            }

            return string.Empty;
        }

        public bool ValidateAdditionalData(HttpContext context, string additionalData) => true;
    }
}
