namespace KzDiff.Cli.Benchmarks;

/// <summary>A case timed against its baseline, sample for sample.</summary>
/// <param name="Ratios">The case's time over the baseline's, per pair of samples taken side by side (CPU time where measured, else wall).</param>
/// <param name="ClockStepMs">The smallest step of the thread CPU clock, or null when CPU time was not measured.</param>
internal sealed record PairedResult(BenchResult Baseline, BenchResult Case, Spread Ratios, double? ClockStepMs);
