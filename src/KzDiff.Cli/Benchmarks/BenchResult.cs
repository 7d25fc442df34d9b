namespace KzDiff.Cli.Benchmarks;

/// <summary>Timings of one case, in milliseconds.</summary>
/// <param name="CpuMsPerRun">Process CPU time per timed run: on a machine shared with other work it
/// excludes the time spent waiting for a core, which wall-clock figures include.</param>
internal sealed record BenchResult(BenchCase Case, double MedianMs, double MinMs, double MaxMs, double CpuMsPerRun, int Runs);
