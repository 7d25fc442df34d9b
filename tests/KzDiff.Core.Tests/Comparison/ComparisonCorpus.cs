using System.Collections.Concurrent;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Comparison;

/// <summary>Reads real editions (<see cref="TestEnvironment.RequireCorpus"/>) and parses each once per test run.</summary>
internal static class ComparisonCorpus
{
    private static readonly ConcurrentDictionary<string, Edition> Cache = new();

    public static string Root => TestEnvironment.RequireCorpus();

    public static Edition StateGov(int year, string country) => Load(Path.Combine("state-gov", year.ToString(System.Globalization.CultureInfo.InvariantCulture), country + ".html"));

    public static Edition Load(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        return Cache.GetOrAdd(path, static p => EditionParser.Parse(File.ReadAllBytes(p), Path.GetFileName(p)));
    }

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));
}
