namespace KzDiff.Web.Hosting;

/// <summary>Defaults of the web host.</summary>
internal static class WebDefaults
{
    /// <summary>Where a fresh install listens: loopback only.</summary>
    public const string Url = "http://127.0.0.1:5080";
}
