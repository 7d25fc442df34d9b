using System.Net;
using System.Net.Http.Headers;
using KzDiff.Service.Accounts;
using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Access;

/// <summary>KzDiff:Access:AnonymousRead = false: reading needs a viewer.</summary>
public sealed class ClosedReadingTests
{
    private ApiHost host = null!;
    private Uri address = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        host = new ApiHost(Directory.CreateTempSubdirectory("kzdiff-web-").FullName, new Dictionary<string, string?> { ["KzDiff:Access:AnonymousRead"] = "false" });
        address = SharedLoopbackHostTests.StartOnLoopback(host);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        host.Dispose();
        host.DeleteFolder();
    }

    [Test]
    public async Task Reading_NeedsAViewer_WhenAnonymousReadIsOff()
    {
        var viewer = await host.CreateUserWithTokenAsync("closed-viewer", Roles.Viewer);
        using var anonymous = SharedLoopbackHostTests.BrowserLikeClient(address);
        using var signedIn = SharedLoopbackHostTests.BrowserLikeClient(address);
        signedIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", viewer);

        using var anonymousApi = await anonymous.GetAsync("/api/editions");
        using var anonymousPage = await anonymous.GetAsync("/");
        using var viewerApi = await signedIn.GetAsync("/api/editions");

        Assert.That(anonymousApi.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(anonymousPage.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(anonymousPage.Headers.Location?.ToString(), Does.Contain("/account/signin"));
        Assert.That(viewerApi.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
