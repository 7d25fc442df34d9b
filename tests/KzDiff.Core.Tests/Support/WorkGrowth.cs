using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KzDiff.Core.Tests.Support;

/// <summary>
/// How much longer an operation takes on a larger input: a linear step grows with the input,
/// a quadratic one with its square. Measured in CPU time of the calling thread where the
/// system has it (Linux), so other processes on a busy machine do not count; the best of
/// several runs per size drops what is left of the noise. Absolute speed is the benchmarks' job
/// (<c>kzdiff bench</c>); this only tells linear from quadratic.
/// </summary>
internal static class WorkGrowth
{
    private const int Runs = 5;

    /// <summary>Best time on the large input divided by best time on the small one.</summary>
    public static double Ratio(Action small, Action large)
    {
        // Warm-up, so that neither size pays for JIT compilation.
        small();
        large();
        double bestSmall = double.MaxValue, bestLarge = double.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            bestSmall = Math.Min(bestSmall, Time(small));
            bestLarge = Math.Min(bestLarge, Time(large));
        }

        return bestLarge / bestSmall;
    }

    private static double Time(Action action)
    {
        var start = Now();
        action();
        return Now() - start;
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
