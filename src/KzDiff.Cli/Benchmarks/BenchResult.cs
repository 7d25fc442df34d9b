namespace KzDiff.Cli.Benchmarks;

/// <summary>Timings of one case, in milliseconds.</summary>
internal sealed record BenchResult(BenchCase Case, double MedianMs, double MinMs, double MaxMs, int Runs);
