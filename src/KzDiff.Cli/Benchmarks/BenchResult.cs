namespace KzDiff.Cli.Benchmarks;

/// <summary>Timings of one case, in milliseconds per run.</summary>
/// <param name="AllocatedBytesPerRun">Managed memory allocated by one run, or null when it was not measured.</param>
/// <param name="Runs">Timed runs, or for a paired case timed samples (of <see cref="Batch"/> runs each).</param>
/// <param name="CpuMedianMs">Median CPU time of the running thread, where it was measured (paired cases on Linux); null otherwise.</param>
internal sealed record BenchResult(BenchCase Case, double MedianMs, double MinMs, double MaxMs, long? AllocatedBytesPerRun, int Runs, double? CpuMedianMs = null)
{
    /// <summary>Runs per timed sample: 1, except for paired cases, whose samples time a batch.</summary>
    public int Batch { get; init; } = 1;

    /// <summary>The spread of CPU time per run over the samples, where it was measured.</summary>
    public Spread? Cpu { get; init; }
}
