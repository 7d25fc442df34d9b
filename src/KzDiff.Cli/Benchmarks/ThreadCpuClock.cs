using System.Runtime.InteropServices;

namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// CPU time of the calling thread, from clock_gettime(CLOCK_THREAD_CPUTIME_ID), which the kernel
/// brings up to date when asked: /proc/thread-self/schedstat, read before, only moves at
/// scheduler events and moved here in steps of up to 4 ms, so a 10 ms comparison read as 8 or
/// 12 ms. Where the call is missing (not Linux), <see cref="NowMs"/> says NaN and the bench
/// judges wall time.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;
    private static bool _unavailable;

    /// <summary>The thread's CPU time so far in milliseconds, or NaN where the system does not say.</summary>
    public static double NowMs()
    {
        if (_unavailable)
        {
            return double.NaN;
        }

        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : double.NaN;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return double.NaN;
        }
    }

    /// <summary>
    /// The smallest step the clock moves by, in milliseconds, seen over a few steps: a sample
    /// must be long beside it for the figures to mean something. NaN where there is no clock.
    /// </summary>
    public static double StepMs()
    {
        var smallest = double.PositiveInfinity;
        var last = NowMs();
        if (double.IsNaN(last))
        {
            return double.NaN;
        }

        for (var steps = 0; steps < 20;)
        {
            var now = NowMs();
            if (now > last)
            {
                smallest = Math.Min(smallest, now - last);
                last = now;
                steps++;
            }
        }

        return smallest;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
