using Microsoft.Extensions.Primitives;

namespace KzDiff.Web.Hosting;

/// <summary>
/// Refuses a state-changing request that a browser sent on behalf of another site. A page elsewhere
/// can make the browser POST a multipart upload (<c>fetch</c> with <c>mode: 'no-cors'</c>, or a
/// plain form) without CORS ever being asked; the browser still says where the request came from,
/// in <c>Sec-Fetch-Site</c> and <c>Origin</c>. Such a request gets 403 whatever credentials it
/// carries, since the browser attaches those by itself. Requests that name no origin at all (curl,
/// the CLI, scripts) are not a browser acting for a page, and pass.
/// </summary>
internal sealed class CrossSiteRequestGuard(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (IsSafe(request.Method) || !IsFromAnotherSite(request))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Cross-site request refused",
                Detail = "the browser sent this request for a page of another site; upload and change things from KzDiff's own pages, or without a browser (curl, kzdiff)",
            },
        });
    }

    // Safe methods change nothing; that is why a browser may send them cross-site at all.
    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    /// <summary>Whether the browser says the request comes from another origin than this one.</summary>
    private static bool IsFromAnotherSite(HttpRequest request)
    {
        // "same-site" is another origin on the same site (another port or subdomain): still not us.
        // "none" is the user's own navigation (address bar, bookmark).
        foreach (var fetchSite in request.Headers["Sec-Fetch-Site"])
        {
            if (fetchSite is not ("same-origin" or "none"))
            {
                return true;
            }
        }

        var origin = request.Headers.Origin;
        if (StringValues.IsNullOrEmpty(origin))
        {
            return false;
        }

        // "null" (a sandboxed frame, a file: page) and anything unparsable name no origin we could be.
        return origin.Count != 1 || !IsOwnOrigin(origin.ToString(), request);
    }

    private static bool IsOwnOrigin(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var theirs)
            || !Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var ours))
        {
            return false;
        }

        // Uri fills in default ports, so http://localhost and http://localhost:80 compare equal.
        return string.Equals(theirs.Scheme, ours.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(theirs.IdnHost, ours.IdnHost, StringComparison.OrdinalIgnoreCase)
            && theirs.Port == ours.Port;
    }
}
