namespace KzDiff.Web.Hosting;

/// <summary>Tells a person's browser from an API client, for the form an error takes.</summary>
internal static class BrowserRequests
{
    private static readonly string[] MachinePaths = ["/api", "/openapi", "/health", "/hangfire"];

    /// <summary>
    /// True when the request wants an HTML page: a browser's GET outside the machine paths that
    /// accepts text/html and does not ask for JSON. API clients keep their RFC 7807 problems.
    /// </summary>
    public static bool WantsPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        foreach (var prefix in MachinePaths)
        {
            if (request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var accept = request.Headers.Accept.ToString();
        return accept.Contains("text/html", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains("application/json", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains("+json", StringComparison.OrdinalIgnoreCase);
    }
}
