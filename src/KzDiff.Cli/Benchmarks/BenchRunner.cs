using System.Diagnostics;
using System.Runtime;

namespace KzDiff.Cli.Benchmarks;

/// <summary>Warm-up, then timed runs on the calling thread; the median resists the other processes sharing the machine.</summary>
internal static class BenchRunner
{
    private const int MaxWarmUpRuns = 2000;
    private const int StableRunsNeeded = 5;

    // Tiered compilation recompiles hot methods with profile data in the background, later still
    // on a busy machine. Warm-up goes on until the JIT has compiled nothing new for several runs
    // (at least one second, at most twenty), so the timed runs see the final code.
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

    private static void WarmUp(Action operation, int minRuns)
    {
        var start = Stopwatch.GetTimestamp();
        var stableRuns = 0;
        var compiled = JitInfo.GetCompiledMethodCount();
        for (var i = 0; i < MaxWarmUpRuns; i++)
        {
            operation();
            var nowCompiled = JitInfo.GetCompiledMethodCount();
            stableRuns = nowCompiled == compiled ? stableRuns + 1 : 0;
            compiled = nowCompiled;
            var elapsed = Stopwatch.GetElapsedTime(start);
            var settled = i + 1 >= minRuns && elapsed >= MinWarmUpTime && stableRuns >= Math.Min(StableRunsNeeded, minRuns + 1);
            if (settled || elapsed >= MaxWarmUpTime)
            {
                return;
            }
        }
    }
}
