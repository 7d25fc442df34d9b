namespace KzDiff.Core.Tests.Parsing.Corpus;

/// <summary>
/// The real editions in <c>../shared/editions</c> beside the repository. Tests that use them fail
/// (never skip) when the folder is missing: CI has it, and a silent skip would hide a regression.
/// </summary>
internal static class EditionCorpus
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? RootOrNull => Root.Value;

    public static string RootOrFail =>
        Root.Value ?? throw new AssertionException(
            $"The real editions are missing: expected ../shared/editions next to the repository (searched upward from {TestContext.CurrentContext.TestDirectory}).");

    public static string StateGovFolder => Path.Combine(RootOrFail, "state-gov");

    public static string KazakhstanPdfText => Path.Combine(RootOrFail, "pdf-text", "kazakhstan-2019.txt");

    public static string StateGovPage(int year, string slug) => Path.Combine(StateGovFolder, year.ToString(System.Globalization.CultureInfo.InvariantCulture), slug + ".html");

    /// <summary>Every state.gov page as "year/slug.html", or one marker entry when the corpus is missing.</summary>
    public static IEnumerable<TestCaseData> StateGovPages()
    {
        var root = Root.Value;
        if (root is null || !Directory.Exists(Path.Combine(root, "state-gov")))
        {
            yield return new TestCaseData(MissingMarker).SetName("StateGovCorpus_IsPresent");
            yield break;
        }

        var folder = Path.Combine(root, "state-gov");
        foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            yield return new TestCaseData(relative).SetArgDisplayNames(relative);
        }
    }

    public const string MissingMarker = "(corpus missing)";

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KzDiff.sln")))
            {
                var editions = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "editions"));
                return Directory.Exists(Path.Combine(editions, "state-gov")) ? editions : null;
            }
        }

        return null;
    }
}
