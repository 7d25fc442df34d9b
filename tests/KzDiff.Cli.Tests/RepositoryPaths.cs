namespace KzDiff.Cli.Tests;

/// <summary>The repository holding the tests (found by its KzDiff.sln) and the real editions beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KzDiff.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new AssertionException("KzDiff.sln not found above " + TestContext.CurrentContext.TestDirectory);
        }
    }

    public static string SampleEdition(int year) => Path.Combine(Root, "editions", $"veloria-{year}.txt");

    public static string RealEditions
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "editions"));
            if (!Directory.Exists(path))
            {
                Assert.Fail($"The real editions are missing: expected {path}");
            }

            return path;
        }
    }
}
