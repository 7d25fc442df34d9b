using System.Diagnostics;
using System.Runtime;

namespace KzDiff.Cli.Benchmarks;

/// <summary>Warm-up, then timed runs on the calling thread; the median resists the other processes sharing the machine.</summary>
internal static class BenchRunner
{
    private const int MaxWarmUpRuns = 2000;
    private const int StableRunsNeeded = 5;

    // Tiered compilation recompiles hot methods with profile data in the background, later still
    // on a busy machine; warm-up lasts at least one second and at most twenty.
    private static readonly TimeSpan MinWarmUpTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxWarmUpTime = TimeSpan.FromSeconds(20);

    public static BenchResult Run(BenchCase benchCase, int? runsOverride = null)
    {
        ArgumentNullException.ThrowIfNull(benchCase);
        var operation = benchCase.Prepare();
        var runs = Math.Max(1, runsOverride ?? benchCase.Runs);
        WarmUp(operation, benchCase.MinWarmUpRuns);

        var timings = new double[runs];
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            operation();
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        process.Refresh();
        var cpuPerRun = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        Array.Sort(timings);
        var median = runs % 2 == 1 ? timings[runs / 2] : (timings[(runs / 2) - 1] + timings[runs / 2]) / 2;
        return new BenchResult(benchCase, median, timings[0], timings[^1], cpuPerRun, runs);
    }

    // Warm-up runs in windows; it ends once a window is no faster than the one before (the code
    // has reached its final tier) and the JIT compiled nothing during it.
    private static void WarmUp(Action operation, int minRuns)
    {
        var start = Stopwatch.GetTimestamp();
        var windowSize = Math.Min(StableRunsNeeded, minRuns + 1);
        var window = new double[windowSize];
        double? previousMedian = null;
        for (var i = 0; i < MaxWarmUpRuns; i += windowSize)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            for (var j = 0; j < windowSize; j++)
            {
                var runStart = Stopwatch.GetTimestamp();
                operation();
                window[j] = Stopwatch.GetElapsedTime(runStart).TotalMilliseconds;
            }

            Array.Sort(window);
            var median = window[windowSize / 2];
            var jitQuiet = JitInfo.GetCompiledMethodCount() == compiledBefore;
            var elapsed = Stopwatch.GetElapsedTime(start);
            var noFaster = previousMedian is { } previous && median >= previous * 0.97;
            if (elapsed >= MaxWarmUpTime || elapsed >= MinWarmUpTime && i + windowSize >= minRuns && jitQuiet && noFaster)
            {
                return;
            }

            previousMedian = previousMedian is { } best ? Math.Min(best, median) : median;
        }
    }
}
