namespace KzDiff.Cli.Benchmarks;

/// <summary>Every benchmark case; each area adds its cases with one line here.</summary>
internal static class BenchCatalog
{
    public static IEnumerable<BenchCase> Create(string corpus)
    {
        foreach (var benchCase in ParseBenchmarks.Create(corpus))
        {
            yield return benchCase;
        }

        foreach (var benchCase in CompareBenchmarks.Create(corpus))
        {
            yield return benchCase;
        }

        foreach (var benchCase in CompareBenchmarks.Flags(corpus))
        {
            yield return benchCase;
        }

        foreach (var benchCase in BadPairBenchmarks.Create(corpus))
        {
            yield return benchCase;
        }

        foreach (var benchCase in CorpusBenchmarks.Create(corpus))
        {
            yield return benchCase;
        }
    }
}
