using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;

namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// The one benchmark class BenchmarkDotNet runs: it times whichever prepared case
/// <see cref="BenchRunner"/> hands it. Cases are data (corpus paths, runs per case), not one
/// method each, so they stay a list in <see cref="BenchCatalog"/>.
/// </summary>
[SuppressMessage("Maintainability", "CA1515", Justification = "BenchmarkDotNet runs public, unsealed benchmark classes only.")]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet benchmarks are instance methods.")]
public class BenchCaseHost
{
    // In-process toolchain: the runner and this class share the process, so a static hand-over works.
    internal static Action Operation { get; set; } = static () => { };

    [Benchmark]
    public void Run() => Operation();
}
