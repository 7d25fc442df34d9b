namespace KzDiff.Web.Tests.Support;

/// <summary>
/// Test classes whose tests share one app on one temporary store: starting a host and importing
/// the sample editions is the slow part, and these tests only read or add to what is there.
/// </summary>
public abstract class SharedApiHostTests
{
    private ApiHost? host;
    private HttpClient? client;

    internal ApiHost Host => host ?? throw new InvalidOperationException("the host starts in OneTimeSetUp");

    protected HttpClient Client => client ?? throw new InvalidOperationException("the host starts in OneTimeSetUp");

    [OneTimeSetUp]
    public void StartHost()
    {
        host = ApiHost.CreateTemporary();
        client = host.CreateClient();
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client?.Dispose();
        host?.Dispose();
        host?.DeleteFolder();
    }
}
