namespace KzDiff.Service.Configuration;

/// <summary>
/// Finds the folder that holds KzDiff's root appsettings.json, editions/ and jobs/, so that
/// <c>dotnet run --project src/KzDiff.Web</c>, the built DLL and the CLI all use the same store
/// whatever the current directory is.
/// </summary>
public static class RepositoryRoot
{
    /// <summary>Overrides the search (a deployment without the source tree).</summary>
    public const string EnvironmentVariable = "KZDIFF_HOME";

    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return FindUpwards(Directory.GetCurrentDirectory())
            ?? FindUpwards(AppContext.BaseDirectory)
            ?? Directory.GetCurrentDirectory();
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds KzDiff.sln, or null.</summary>
    public static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KzDiff.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
