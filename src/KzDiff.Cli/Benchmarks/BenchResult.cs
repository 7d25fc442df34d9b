namespace KzDiff.Cli.Benchmarks;

/// <summary>Timings of one case, in milliseconds, as BenchmarkDotNet measured them.</summary>
/// <param name="AllocatedBytesPerRun">Managed memory allocated by one run, or null when it was not measured.</param>
internal sealed record BenchResult(BenchCase Case, double MedianMs, double MinMs, double MaxMs, long? AllocatedBytesPerRun, int Runs);
