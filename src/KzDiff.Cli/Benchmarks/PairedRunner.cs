using System.Diagnostics;

namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// Times a case against its baseline sample for sample, alternating which goes first, so both see
/// the same load and drift on a shared machine: a ratio of two medians measured minutes apart says
/// more about the other processes than about the code. BenchmarkDotNet runs one case at a time,
/// hence this small loop for the cases that state a ratio. Each sample times a batch of runs,
/// long enough that the CPU clock's step is under 1% of it; besides wall time it reads the
/// thread's own CPU time (<see cref="ThreadCpuClock"/>), which time spent waiting for a core leaves out.
/// </summary>
internal static class PairedRunner
{
    // Tiered compilation promotes a method after 30 calls and a short delay: the flag rules run
    // per sentence, the engine's steps per comparison, so both get enough runs and a pause to settle.
    private const int MinimumWarmUpRuns = 40;

    // A sample this long holds a whole number of gen0 collections' worth of allocation or near it,
    // so one collection falling in a sample or the next moves the median little.
    private const double MinimumSampleMs = 100;

    /// <summary>The clock's step may be at most this share of a sample.</summary>
    private const double MaxClockShare = 0.01;

    /// <param name="samples">Samples of each case instead of <see cref="BenchCase.Runs"/>.</param>
    /// <returns>Both cases' timings per run (each sample divided by its batch) and the ratio of each pair of samples.</returns>
    public static PairedResult Run(BenchCase baseline, BenchCase measured, int? samples = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(measured);
        var first = baseline.Prepare();
        var second = measured.Prepare();
        var count = Math.Max(1, samples ?? measured.Runs);
        for (var i = 0; i < Math.Max(MinimumWarmUpRuns, measured.WarmUpRuns); i++)
        {
            first();
            second();
        }

        Thread.Sleep(200);

        // The batch is sized on the shorter case, so both run the same number of times per sample.
        var step = ThreadCpuClock.StepMs();
        var (probeWall, probeCpu) = Time(first, 1);
        var oneRunMs = double.IsNaN(probeCpu) ? probeWall : probeCpu;
        var sampleMs = Math.Max(MinimumSampleMs, double.IsNaN(step) ? 0 : step / MaxClockShare);
        var batch = (int)Math.Clamp(Math.Ceiling(sampleMs / Math.Max(oneRunMs, 0.001)), 1, 10_000);

        var (baseWall, baseCpu, caseWall, caseCpu) = (new double[count], new double[count], new double[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            if (i % 2 == 0)
            {
                (baseWall[i], baseCpu[i]) = Time(first, batch);
                (caseWall[i], caseCpu[i]) = Time(second, batch);
            }
            else
            {
                (caseWall[i], caseCpu[i]) = Time(second, batch);
                (baseWall[i], baseCpu[i]) = Time(first, batch);
            }
        }

        var cpuMeasured = !double.IsNaN(baseCpu[0]);
        var ratios = new double[count];
        for (var i = 0; i < count; i++)
        {
            ratios[i] = cpuMeasured ? caseCpu[i] / baseCpu[i] : caseWall[i] / baseWall[i];
        }

        return new PairedResult(
            Result(baseline, baseWall, baseCpu, Allocated(first), batch),
            Result(measured, caseWall, caseCpu, Allocated(second), batch),
            Spread.Of(ratios),
            cpuMeasured ? step : null);
    }

    /// <returns>Wall and CPU milliseconds per run, over a batch of <paramref name="runs"/>.</returns>
    private static (double WallMs, double CpuMs) Time(Action operation, int runs)
    {
        var cpu = ThreadCpuClock.NowMs();
        var start = Stopwatch.GetTimestamp();
        for (var r = 0; r < runs; r++)
        {
            operation();
        }

        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (wall / runs, (ThreadCpuClock.NowMs() - cpu) / runs);
    }

    private static long Allocated(Action operation)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        operation();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static BenchResult Result(BenchCase benchCase, double[] wall, double[] cpu, long allocated, int batch)
    {
        var wallSpread = Spread.Of(wall);
        var cpuSpread = double.IsNaN(cpu[0]) ? null : Spread.Of(cpu);
        return new BenchResult(benchCase, wallSpread.Median, wallSpread.Min, wallSpread.Max, allocated, wall.Length, cpuSpread?.Median)
        {
            Batch = batch,
            Cpu = cpuSpread,
        };
    }
}
