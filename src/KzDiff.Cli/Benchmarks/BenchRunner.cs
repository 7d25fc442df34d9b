using System.Diagnostics;

namespace KzDiff.Cli.Benchmarks;

/// <summary>Warm-up, then timed runs on the calling thread; the median resists the other processes sharing the machine.</summary>
internal static class BenchRunner
{
    private const int MaxWarmUpRuns = 200;

    // Tiered compilation recompiles hot methods with profile data after ~30 calls and a short
    // delay; warming for a fixed time lets the timed runs see the final code.
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(2);

    public static BenchResult Run(BenchCase benchCase, int? runsOverride = null)
    {
        ArgumentNullException.ThrowIfNull(benchCase);
        var operation = benchCase.Prepare();
        var runs = Math.Max(1, runsOverride ?? benchCase.Runs);
        var warmUpStart = Stopwatch.GetTimestamp();
        for (var i = 0; i < MaxWarmUpRuns && (i < benchCase.MinWarmUpRuns || Stopwatch.GetElapsedTime(warmUpStart) < WarmUpTime); i++)
        {
            operation();
        }

        var timings = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            operation();
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(timings);
        var median = runs % 2 == 1 ? timings[runs / 2] : (timings[(runs / 2) - 1] + timings[runs / 2]) / 2;
        return new BenchResult(benchCase, median, timings[0], timings[^1], runs);
    }
}
