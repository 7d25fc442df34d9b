using System.Net;
using Hangfire.Dashboard;

namespace KzDiff.Web.Hosting;

/// <summary>
/// The Hangfire dashboard can delete and re-run jobs, so it is for administrators only: a signed-in
/// user in the "Administrator" role, or a request from this machine (loopback), which only someone
/// with a shell on the server can make. Behind a reverse proxy every request looks local to Kestrel,
/// so such a deployment must block /hangfire at the proxy or add authentication.
/// </summary>
internal sealed class DashboardAccessFilter : IDashboardAuthorizationFilter
{
    public const string AdministratorRole = "Administrator";

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.Identity?.IsAuthenticated == true && http.User.IsInRole(AdministratorRole))
        {
            return true;
        }

        return http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
    }
}
