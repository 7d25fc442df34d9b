using System.Reflection;

namespace KzDiff.Testing;

/// <summary>
/// What the tests find around them: the repository, the real editions in <c>../shared/editions</c>,
/// a PostgreSQL server and Chromium. A test that needs one of the last three asks here: on a machine
/// without it the test is reported skipped with the reason; where <see cref="RequireAllVariable"/>
/// is 1 (.ci/test.sh sets it) or <c>CI</c> is true, it fails instead, so CI cannot pass by skipping.
/// </summary>
public static class TestEnvironment
{
    /// <summary>Set to 1 to make a missing corpus, PostgreSQL or browser a failure.</summary>
    public const string RequireAllVariable = "KZDIFF_REQUIRE_ALL";

    /// <summary>Overrides where the real editions are (default: ../shared/editions beside the repository).</summary>
    public const string CorpusVariable = "KZDIFF_CORPUS";

    /// <summary>Admin connection string of a throwaway PostgreSQL server.</summary>
    public const string PostgresVariable = "KZDIFF_TEST_POSTGRES";

    /// <summary>Chromium executable for the browser tests (default: /usr/bin/chromium).</summary>
    public const string ChromiumVariable = "KZDIFF_CHROMIUM";

    /// <summary>
    /// Chromium's headless shell, Playwright's own headless browser (default:
    /// /usr/bin/chromium-headless-shell), for the first-paint figures beside full Chromium's.
    /// </summary>
    public const string HeadlessShellVariable = "KZDIFF_CHROMIUM_HEADLESS_SHELL";

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>True when a missing corpus, PostgreSQL or browser must fail the test rather than skip it.</summary>
    public static bool RequiresAll =>
        Environment.GetEnvironmentVariable(RequireAllVariable) == "1"
        || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder holding KzDiff.sln: above the test's build output, or where the tests were built from.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The fictional sample editions committed at <c>editions/</c> (editions/README.md).</summary>
    public static string SampleEdition(string fileName) => Path.Combine(RepositoryRoot, "editions", fileName);

    /// <summary>Where the real editions should be, whether or not they are there.</summary>
    public static string CorpusPath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(CorpusVariable);
            return string.IsNullOrWhiteSpace(configured)
                ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "editions"))
                : Path.GetFullPath(configured);
        }
    }

    /// <summary>True when the real editions are there.</summary>
    public static bool HasCorpus => Directory.Exists(Path.Combine(CorpusPath, "state-gov"));

    /// <summary>The real editions (the folder holding state-gov/ and pdf-text/); skips or fails the test without them.</summary>
    public static string RequireCorpus()
    {
        if (!HasCorpus)
        {
            Missing($"the real editions are not at {CorpusPath} (clone them to ../shared/editions beside the repository or set {CorpusVariable})");
        }

        return CorpusPath;
    }

    /// <summary>The PostgreSQL admin connection string; skips or fails the test without one.</summary>
    public static string RequirePostgres()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Missing($"no PostgreSQL server: {PostgresVariable} is not set (bash .ci/test.sh starts a throwaway one and sets it)");
        }

        return connectionString!;
    }

    /// <summary>
    /// The folder of PostgreSQL's server programs (initdb, pg_ctl), for a test that runs a server of
    /// its own; skips or fails the test without them.
    /// </summary>
    public static string RequirePostgresServer()
    {
        var folder = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderBy(bin => bin.Length).ThenBy(bin => bin, StringComparer.Ordinal)
                .LastOrDefault()
            : null;
        if (folder is null)
        {
            Missing("no PostgreSQL server programs under /usr/lib/postgresql/*/bin (apt-get install -y postgresql; .ci/test.sh needs them too)");
        }

        return folder!;
    }

    /// <summary>The Chromium executable; skips or fails the test without one.</summary>
    public static string RequireChromium() => RequireBrowser(ChromiumVariable, "chromium", "Chromium");

    /// <summary>The path of Chromium's headless shell; skips or fails the test when it is missing.</summary>
    public static string RequireHeadlessShell() => RequireBrowser(HeadlessShellVariable, "chromium-headless-shell", "Chromium's headless shell");

    // The Debian package names its executable after itself, in /usr/bin.
    private static string RequireBrowser(string variable, string package, string name)
    {
        var path = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(path))
        {
            path = "/usr/bin/" + package;
        }

        if (!File.Exists(path))
        {
            Missing($"{name} not found at '{path}' (apt-get install -y {package} or set {variable}; .ci/test.sh does both)");
        }

        return path;
    }

    private static string FindRepositoryRoot()
    {
        var built = typeof(TestEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SourceRepository")?.Value;
        return Service.Configuration.RepositoryRoot.FindUpwards(AppContext.BaseDirectory)
            ?? (built is null ? null : Service.Configuration.RepositoryRoot.FindUpwards(built))
            ?? throw new InvalidOperationException($"KzDiff.sln not found above {AppContext.BaseDirectory} or {built}");
    }

    private static void Missing(string reason)
    {
        if (RequiresAll)
        {
            Assert.Fail($"{reason}; {RequireAllVariable}=1 or CI=true, so this is a failure, not a skip");
        }

        Assert.Ignore(reason);
    }
}
