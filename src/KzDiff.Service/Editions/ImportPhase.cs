using System.Diagnostics;

namespace KzDiff.Service.Editions;

/// <summary>Wall time, CPU time and bytes allocated of one phase of an import.</summary>
/// <remarks>
/// Allocation is shown beside the times because, past parsing, it is most of an import's cost: the
/// GC's pauses and the first writes to fresh memory. Like the CPU time it is the process's, so
/// overlapping phases count each other's.
/// </remarks>
public readonly record struct ImportPhase(TimeSpan Wall, TimeSpan Cpu, long Allocated)
{
    public static ImportPhase operator +(ImportPhase a, ImportPhase b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu, a.Allocated + b.Allocated);

    public static ImportPhase Add(ImportPhase a, ImportPhase b) => a + b;

    /// <summary>Starts timing a phase: the wall clock, the process's CPU time and its allocation so far.</summary>
    public static (long Ticks, TimeSpan Cpu, long Allocated) Start() => (Stopwatch.GetTimestamp(), CpuTime(), GC.GetTotalAllocatedBytes());

    /// <summary>The phase from <paramref name="start"/> until now.</summary>
    public static ImportPhase Since((long Ticks, TimeSpan Cpu, long Allocated) start) =>
        new(Stopwatch.GetElapsedTime(start.Ticks), CpuTime() - start.Cpu, GC.GetTotalAllocatedBytes() - start.Allocated);

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
