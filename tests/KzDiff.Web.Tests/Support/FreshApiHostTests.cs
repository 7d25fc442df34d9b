namespace KzDiff.Web.Tests.Support;

/// <summary>
/// Test classes whose tests each need an app on a store of their own, because they add editions or
/// requests that another test's counts must not see.
/// </summary>
public abstract class FreshApiHostTests
{
    private ApiHost? host;
    private HttpClient? client;

    protected HttpClient Client => client ?? throw new InvalidOperationException("the host starts in SetUp");

    [SetUp]
    public void StartHost()
    {
        host = ApiHost.CreateTemporary();
        client = host.CreateClient();
    }

    [TearDown]
    public void StopHost()
    {
        client?.Dispose();
        host?.Dispose();
        host?.DeleteFolder();
    }
}
