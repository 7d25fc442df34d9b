namespace KzDiff.Cli.Benchmarks;

/// <summary>Timings of one case, in milliseconds, as BenchmarkDotNet measured them.</summary>
/// <param name="AllocatedBytesPerRun">Managed memory allocated by one run, or null when it was not measured.</param>
/// <param name="CpuMedianMs">Median CPU time of the running thread, where it was measured (paired cases on Linux); null otherwise.</param>
internal sealed record BenchResult(BenchCase Case, double MedianMs, double MinMs, double MaxMs, long? AllocatedBytesPerRun, int Runs, double? CpuMedianMs = null);
