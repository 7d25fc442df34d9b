namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// One measured operation. <paramref name="Prepare"/> runs once, untimed (reading files, parsing
/// inputs a comparison needs), and returns the operation the runner times.
/// </summary>
/// <param name="Group">What the case exercises ("parse", "compare"); <c>kzdiff bench --only</c> filters on it.</param>
/// <param name="Name">Short label printed with the figures.</param>
/// <param name="Runs">Timed runs after warm-up; the median is reported. Whole-corpus cases use few.</param>
/// <param name="Prepare">Untimed set-up returning the timed operation.</param>
/// <param name="WarmUpRuns">Untimed warm-up runs before timing (BenchmarkDotNet's warm-up count).</param>
/// <param name="Baseline">A case measured right before this one, in the same run, that this one is compared with; null for none.</param>
/// <param name="RatioLimit">The most this case's median may be of <paramref name="Baseline"/>'s (1.20: at most 20% more); null for no limit.</param>
internal sealed record BenchCase(string Group, string Name, int Runs, Func<Action> Prepare, int WarmUpRuns = 10, BenchCase? Baseline = null, double? RatioLimit = null);
