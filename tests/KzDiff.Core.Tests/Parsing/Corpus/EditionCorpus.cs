namespace KzDiff.Core.Tests.Parsing.Corpus;

/// <summary>
/// The real editions (<see cref="TestEnvironment.CorpusPath"/>). A test that uses them is skipped
/// with the reason when they are missing, and fails instead where everything is required (CI).
/// </summary>
internal static class EditionCorpus
{
    public static string StateGovFolder => Path.Combine(TestEnvironment.RequireCorpus(), "state-gov");

    public static string KazakhstanPdfText => Path.Combine(TestEnvironment.RequireCorpus(), "pdf-text", "kazakhstan-2019.txt");

    public static string StateGovPage(int year, string slug) => Path.Combine(StateGovFolder, year.ToString(System.Globalization.CultureInfo.InvariantCulture), slug + ".html");

    /// <summary>Every state.gov page as "year/slug.html", or one marker entry when the corpus is missing.</summary>
    public static IEnumerable<TestCaseData> StateGovPages()
    {
        if (!TestEnvironment.HasCorpus)
        {
            yield return new TestCaseData(MissingMarker).SetName("StateGovCorpus_IsPresent");
            yield break;
        }

        var folder = Path.Combine(TestEnvironment.CorpusPath, "state-gov");
        foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            yield return new TestCaseData(relative).SetArgDisplayNames(relative);
        }
    }

    public const string MissingMarker = "(corpus missing)";
}
