using System.Collections.Concurrent;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Testing;

namespace KzDiff.Core.Tests.Comparison.Flags;

/// <summary>The real editions for the flag corpus tests, parsed once per test run.</summary>
internal static class CorpusGate
{
    private static readonly ConcurrentDictionary<string, Edition> Cache = new();

    /// <summary>Skips with the reason without ../shared/editions; fails when CI requires every test.</summary>
    public static void Require() => TestEnvironment.RequireCorpus();

    /// <summary>A state.gov edition. Call <see cref="Require"/> first.</summary>
    public static Edition StateGov(int year, string country)
    {
        var path = Path.Combine(TestEnvironment.CorpusPath, "state-gov", year.ToString(System.Globalization.CultureInfo.InvariantCulture), country + ".html");
        return Cache.GetOrAdd(path, static p => EditionParser.Parse(File.ReadAllBytes(p), Path.GetFileName(p)));
    }
}
