using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Core.Tests.Parsing.Corpus;

namespace KzDiff.Core.Tests.Comparison.Flags;

/// <summary>
/// The real editions for the flag corpus tests: skipped with the reason on a machine without
/// ../shared/editions, failed when CI or KZDIFF_REQUIRE_ALL says every test must run. Looks
/// beside the test binaries first, then beside this source file's repository, so a build with
/// its artifacts outside the work tree (KZDIFF_ARTIFACTS) still finds them.
/// </summary>
internal static class CorpusGate
{
    private static readonly Lazy<string?> Root = new(() => EditionCorpus.RootOrNull ?? FromSourceTree());
    private static readonly ConcurrentDictionary<string, Edition> Cache = new();

    public static void Require()
    {
        if (Root.Value is not null)
        {
            return;
        }

        const string Reason = "the real editions (../shared/editions next to the repository) are missing";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KZDIFF_REQUIRE_ALL")))
        {
            Assert.Fail(Reason + "; CI / KZDIFF_REQUIRE_ALL requires them");
        }

        Assert.Ignore(Reason);
    }

    /// <summary>A state.gov edition, parsed once per test run. Call <see cref="Require"/> first.</summary>
    public static Edition StateGov(int year, string country)
    {
        var path = Path.Combine(Root.Value!, "state-gov", year.ToString(System.Globalization.CultureInfo.InvariantCulture), country + ".html");
        return Cache.GetOrAdd(path, static p => EditionParser.Parse(File.ReadAllBytes(p), Path.GetFileName(p)));
    }

    private static string? FromSourceTree([CallerFilePath] string thisFile = "")
    {
        for (var dir = new FileInfo(thisFile).Directory; dir is not null; dir = dir.Parent)
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
