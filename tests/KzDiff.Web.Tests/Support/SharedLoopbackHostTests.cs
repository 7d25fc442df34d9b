using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Web.Tests.Support;

/// <summary>
/// Test classes whose tests share one app on a real Kestrel port of 127.0.0.1: what a probe sends
/// (a foreign Host header, a body cut off on the wire) must go through Kestrel, not the in-memory
/// test server, which fills in or forgives such things.
/// </summary>
public abstract class SharedLoopbackHostTests
{
    private ApiHost? host;
    private HttpClient? client;

    internal ApiHost Host => host ?? throw new InvalidOperationException("the host starts in OneTimeSetUp");

    /// <summary>The app's own origin, e.g. http://127.0.0.1:41234.</summary>
    protected Uri Address { get; private set; } = null!;

    /// <summary>A client of <see cref="Address"/> that keeps cookies, as a browser does.</summary>
    protected HttpClient Client => client ?? throw new InvalidOperationException("the host starts in OneTimeSetUp");

    [OneTimeSetUp]
    public void StartHost()
    {
        host = ApiHost.CreateTemporary();
        Address = StartOnLoopback(host);
        client = BrowserLikeClient(Address);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", host.ReviewerToken);
    }

    /// <summary>Starts <paramref name="host"/> on a free Kestrel port of 127.0.0.1 and returns its address.</summary>
    internal static Uri StartOnLoopback(ApiHost host)
    {
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so a test sees every answer.</summary>
    internal static HttpClient BrowserLikeClient(Uri address) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };

    [OneTimeTearDown]
    public void StopHost()
    {
        client?.Dispose();
        host?.Dispose();
        host?.DeleteFolder();
    }
}
