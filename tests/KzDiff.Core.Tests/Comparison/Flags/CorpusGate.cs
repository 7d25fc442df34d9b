using KzDiff.Core.Tests.Parsing.Corpus;

namespace KzDiff.Core.Tests.Comparison.Flags;

/// <summary>
/// The real editions for the flag corpus tests: skipped with the reason on a machine without
/// ../shared/editions, failed when CI or KZDIFF_REQUIRE_ALL says every test must run.
/// </summary>
internal static class CorpusGate
{
    public static void Require()
    {
        if (EditionCorpus.RootOrNull is not null)
        {
            return;
        }

        var reason = "the real editions (../shared/editions next to the repository) are missing";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KZDIFF_REQUIRE_ALL")))
        {
            Assert.Fail(reason + "; CI / KZDIFF_REQUIRE_ALL requires them");
        }

        Assert.Ignore(reason);
    }
}
