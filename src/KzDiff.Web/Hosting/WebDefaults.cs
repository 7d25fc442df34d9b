namespace KzDiff.Web.Hosting;

/// <summary>Defaults of the web host.</summary>
internal static class WebDefaults
{
    /// <summary>Where a fresh install listens: loopback only.</summary>
    public const string Url = "http://127.0.0.1:5080";

    public static string ContentRoot(string repositoryRoot)
    {
        var project = Path.Combine(repositoryRoot, "src", "KzDiff.Web");
        return File.Exists(Path.Combine(project, "KzDiff.Web.csproj")) ? project : AppContext.BaseDirectory;
    }
}
