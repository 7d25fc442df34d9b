using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Ui;

/// <summary>
/// Pages show report text written by others. Everything is encoded, and this policy is the second
/// line: no inline script, no script from elsewhere, so hostile text that slipped through still
/// could not run.
/// </summary>
public sealed class ContentSecurityPolicyFilter : IResultFilter
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is PageResult)
        {
            var headers = context.HttpContext.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
