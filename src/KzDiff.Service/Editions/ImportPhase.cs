using System.Diagnostics;

namespace KzDiff.Service.Editions;

/// <summary>Wall and CPU time of one phase of an import.</summary>
public readonly record struct ImportPhase(TimeSpan Wall, TimeSpan Cpu)
{
    public static ImportPhase operator +(ImportPhase a, ImportPhase b) => new(a.Wall + b.Wall, a.Cpu + b.Cpu);

    public static ImportPhase Add(ImportPhase a, ImportPhase b) => a + b;

    /// <summary>Starts timing a phase: the wall clock and the process's CPU time so far.</summary>
    public static (long Ticks, TimeSpan Cpu) Start() => (Stopwatch.GetTimestamp(), CpuTime());

    /// <summary>The phase from <paramref name="start"/> until now.</summary>
    public static ImportPhase Since((long Ticks, TimeSpan Cpu) start) => new(Stopwatch.GetElapsedTime(start.Ticks), CpuTime() - start.Cpu);

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
