using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Status;

/// <summary>The page a browser gets for an error status with no body of its own (an unknown address, above all).</summary>
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>The address that was asked for, when this page stands in for it.</summary>
    public string? RequestedPath { get; private set; }

    public string Heading => Code switch
    {
        404 => "Page Not Found",
        400 => "Bad Request",
        403 => "Not Allowed",
        405 => "Not Possible Here",
        _ when Code >= 500 => "Something Went Wrong",
        _ => "Request Not Served",
    };

    public string Explanation => Code switch
    {
        404 => "There is no page at this address. It may have been mistyped, or the link that led here is out of date.",
        400 => "The address or form asked for something that cannot be served.",
        403 => "Your account may not open this page.",
        405 => "This address does not take that kind of request.",
        _ when Code >= 500 => "The server could not answer. Try again in a moment.",
        _ => "The request could not be served.",
    };

    public void OnGet(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        RequestedPath = reExecuted is null ? null : reExecuted.OriginalPath + reExecuted.OriginalQueryString;
        // Opened directly (/status/404) the page still answers with its status, never 200.
        Response.StatusCode = Code;
    }
}
