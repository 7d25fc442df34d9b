using Microsoft.AspNetCore.OutputCaching;

namespace KzDiff.Web.Api;

/// <summary>
/// The output cache's default policy, except that it also caches for callers who send credentials
/// (a bearer token or the sign-in cookie). A comparison document is the same for everyone allowed
/// to read it, and the output cache runs after authorization, so a cached entry is only ever served
/// to a caller that the read policy already let through.
/// </summary>
internal sealed class ComparisonCachePolicy : IOutputCachePolicy
{
    private static readonly TimeSpan Expiration = TimeSpan.FromHours(1);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.HttpContext.Request.Method;
        var readable = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = readable;
        context.AllowCacheStorage = readable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Expiration;
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        // As the default policy: only a plain 200 that sets no cookie (a renewed session cookie is the caller's own).
        if (response.StatusCode != StatusCodes.Status200OK || !Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
