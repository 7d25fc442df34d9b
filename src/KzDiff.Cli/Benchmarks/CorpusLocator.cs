namespace KzDiff.Cli.Benchmarks;

/// <summary>Finds <c>../shared/editions</c>: beside the current directory or beside the repository holding it.</summary>
internal static class CorpusLocator
{
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "editions");
            if (Directory.Exists(Path.Combine(candidate, "state-gov")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
