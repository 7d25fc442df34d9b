using System.Diagnostics;
using System.Globalization;

namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// Times a case against its baseline run for run, alternating which goes first, so both see the
/// same load on a shared machine: a ratio of two medians measured minutes apart says more about
/// the other processes than about the code. BenchmarkDotNet runs one case at a time, hence this
/// small loop for the cases that state a ratio. Besides wall time it reads the thread's own CPU
/// time where Linux reports it (/proc/thread-self/schedstat, in nanoseconds), which time spent
/// waiting for a core leaves out.
/// </summary>
internal static class PairedRunner
{
    private const string ThreadSchedStat = "/proc/thread-self/schedstat";

    // Tiered compilation promotes a method after 30 calls and a short delay: the flag rules run
    // per sentence, the engine's steps per comparison, so both get enough runs and a pause to settle.
    private const int MinimumWarmUpRuns = 40;

    /// <returns>The baseline's timings and the case's, each over the same number of runs.</returns>
    public static (BenchResult Baseline, BenchResult Case) Run(BenchCase baseline, BenchCase measured, int? runsOverride = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(measured);
        var first = baseline.Prepare();
        var second = measured.Prepare();
        var runs = Math.Max(1, runsOverride ?? measured.Runs);
        for (var i = 0; i < Math.Max(MinimumWarmUpRuns, measured.WarmUpRuns); i++)
        {
            first();
            second();
        }

        Thread.Sleep(200);
        var (baseWall, baseCpu, caseWall, caseCpu) = (new double[runs], new double[runs], new double[runs], new double[runs]);
        for (var i = 0; i < runs; i++)
        {
            if (i % 2 == 0)
            {
                (baseWall[i], baseCpu[i]) = Time(first);
                (caseWall[i], caseCpu[i]) = Time(second);
            }
            else
            {
                (caseWall[i], caseCpu[i]) = Time(second);
                (baseWall[i], baseCpu[i]) = Time(first);
            }
        }

        return (Result(baseline, baseWall, baseCpu, Allocated(first)), Result(measured, caseWall, caseCpu, Allocated(second)));
    }

    private static (double WallMs, double CpuMs) Time(Action operation)
    {
        var cpu = ThreadCpuMs();
        var start = Stopwatch.GetTimestamp();
        operation();
        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (wall, ThreadCpuMs() - cpu);
    }

    /// <summary>CPU time of the calling thread in milliseconds, or NaN where the system does not say.</summary>
    private static double ThreadCpuMs()
    {
        try
        {
            var text = File.ReadAllText(ThreadSchedStat);
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            return long.TryParse(end > 0 ? text.AsSpan(0, end) : text, NumberStyles.None, CultureInfo.InvariantCulture, out var ns) ? ns / 1e6 : double.NaN;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return double.NaN;
        }
    }

    private static long Allocated(Action operation)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        operation();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static BenchResult Result(BenchCase benchCase, double[] wall, double[] cpu, long allocated)
    {
        Array.Sort(wall);
        var cpuMedian = double.IsNaN(cpu[0]) ? (double?)null : Median(cpu);
        return new BenchResult(benchCase, Median(wall), wall[0], wall[^1], allocated, wall.Length, cpuMedian);
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
