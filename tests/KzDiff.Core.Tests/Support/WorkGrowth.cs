using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace KzDiff.Core.Tests.Support;

/// <summary>
/// How much longer an operation takes on a larger input: a linear step grows with the input,
/// a quadratic one with its square. Measured in CPU time of the calling thread where the
/// system has it (Linux), so other processes on a busy machine do not count; the best of
/// several runs per size drops what is left of the noise. Inputs should be larger than the CPU
/// caches at both sizes: crossing them makes even linear work look a little superlinear.
/// Absolute speed is the benchmarks' job
/// (<c>kzdiff bench</c>); this only tells linear from quadratic.
/// </summary>
internal static class WorkGrowth
{
    private const int Runs = 7;

    private const int WarmUpRounds = 3;

    /// <summary>
    /// Bytes allocated on the large input divided by bytes on the small one: exact and
    /// independent of the machine's load, for steps whose work shows in what they allocate
    /// (a suffix search that builds a candidate string per try).
    /// </summary>
    public static double AllocationRatio(Action small, Action large)
    {
        small();
        large();
        var ratio = (double)Allocated(large) / Allocated(small);
        TestContext.Out.WriteLine($"allocated {ratio:F2}x as much on the larger input");
        return ratio;
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Best time on the large input divided by best time on the small one.</summary>
    public static double Ratio(Action small, Action large)
    {
        // Warm-up until tiered compilation has settled, so that neither size pays for the JIT.
        for (var i = 0; i < WarmUpRounds; i++)
        {
            small();
            large();
        }

        double bestSmall = double.MaxValue, bestLarge = double.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            bestSmall = Math.Min(bestSmall, Time(small));
            bestLarge = Math.Min(bestLarge, Time(large));
        }

        var ratio = bestLarge / bestSmall;
        TestContext.Out.WriteLine($"best of {Runs}: {bestSmall / 1e6:F1} ms, then {bestLarge / 1e6:F1} ms on the larger input ({ratio:F1}x)");
        return ratio;
    }

    // Without collections inside the timed run: a full collection of whatever the other tests
    // left on the heap costs more than the step measured, lands on a random run and counts as
    // this thread's CPU time. Allocation is linear in the work anyway.
    private const long NoCollectionBudget = 128L * 1024 * 1024;

    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var quiet = GC.TryStartNoGCRegion(NoCollectionBudget);
        try
        {
            var start = Now();
            action();
            return Now() - start;
        }
        finally
        {
            if (quiet && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }

    private static double Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var time) == 0)
        {
            return (time.Seconds * 1e9) + time.Nanoseconds;
        }

        return Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency);
    }

    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
