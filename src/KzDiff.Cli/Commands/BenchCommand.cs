using System.CommandLine;
using System.Globalization;
using System.Runtime;
using KzDiff.Cli.Benchmarks;
using KzDiff.Cli.Terminal;
using Spectre.Console;

namespace KzDiff.Cli.Commands;

/// <summary><c>kzdiff bench</c>: median timings of parsing (and of any other area's cases) on the real corpus.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Folder of real editions (default: ../shared/editions beside the current directory or the repository)" };
        var only = new Option<string?>("--only") { Description = "Only cases of this group (parse, compare, flags, import, ...)" };
        var runs = new Option<int?>("--runs") { Description = "Timed runs per case instead of each case's default" };
        var command = new Command("bench", "Time parsing (and other cases) on the real editions; prints medians")
        {
            corpus, only, runs,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(corpus),
            parseResult.GetValue(only),
            parseResult.GetValue(runs),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string? corpus, string? only, int? runs, TextWriter stdout, TextWriter stderr)
    {
        var folder = corpus ?? CorpusLocator.Find(Environment.CurrentDirectory) ?? CorpusLocator.Find(AppContext.BaseDirectory);
        if (folder is null || !Directory.Exists(folder))
        {
            stderr.WriteLine($"kzdiff: {corpus ?? "../shared/editions"}: corpus folder not found (pass --corpus PATH)");
            return 1;
        }

        if (string.Equals(only, ImportBenchmark.Group, StringComparison.OrdinalIgnoreCase))
        {
            return ImportBenchmark.RunAsync(folder, stdout).GetAwaiter().GetResult();
        }

        var cases = BenchCatalog.Create(folder)
            .Where(c => only is null || c.Group.Equals(only, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (cases.Count == 0)
        {
            stderr.WriteLine($"kzdiff: no benchmark cases in group '{only}'");
            return 1;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus {folder}; {Environment.ProcessorCount} cores, load average {LoadAverage()}, server GC {GCSettings.IsServerGC}, build {BuildConfiguration}, BenchmarkDotNet in-process"));
        var status = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? TerminalConsole.Create(stderr).Status() : null;
        foreach (var benchCase in cases)
        {
            try
            {
                if (benchCase.Baseline is { } baseline)
                {
                    var paired = status is null
                        ? PairedRunner.Run(baseline, benchCase, runs)
                        : status.Start(Markup.Escape($"running: {benchCase.Name}, alternating with its baseline"), _ => PairedRunner.Run(baseline, benchCase, runs));
                    stdout.WriteLine(Line(paired.Baseline));
                    stdout.WriteLine(Line(paired.Case));
                    stdout.WriteLine(RatioLine(benchCase, paired));
                }
                else
                {
                    stdout.WriteLine(Line(status is null
                        ? BenchRunner.Run(benchCase, runs)
                        : status.Start(Markup.Escape($"running: {benchCase.Name}"), _ => BenchRunner.Run(benchCase, runs))));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                stderr.WriteLine($"kzdiff: {benchCase.Name}: {e.Message}");
                return 1;
            }
        }

        return 0;
    }

    private static string Line(BenchResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{result.Case.Group,-8} {result.Case.Name,-52} median {result.MedianMs,9:F2} ms  (min {result.MinMs:F2}, max {result.MaxMs:F2}, {Megabytes(result.AllocatedBytesPerRun)} MB allocated/run, {Runs(result)}{Cpu(result)})");

    private static string Runs(BenchResult result) => result.Batch > 1
        ? string.Create(CultureInfo.InvariantCulture, $"{result.Runs} samples of {result.Batch} runs")
        : string.Create(CultureInfo.InvariantCulture, $"{result.Runs} runs");

    private static string Cpu(BenchResult result) => result switch
    {
        { Cpu: { } spread } => string.Create(CultureInfo.InvariantCulture, $", CPU median {spread.Median:F2} ms, quartiles {spread.LowerQuartile:F2}-{spread.UpperQuartile:F2}"),
        { CpuMedianMs: { } m } => string.Create(CultureInfo.InvariantCulture, $", CPU median {m:F2} ms"),
        _ => string.Empty,
    };

    /// <summary>
    /// The ratio of the medians, wall and CPU, and how the ratio spreads over the pairs of samples
    /// taken side by side; the limit is judged on the CPU medians where CPU time was measured,
    /// since on a shared machine wall time also counts the waits for a core.
    /// </summary>
    private static string RatioLine(BenchCase benchCase, PairedResult paired)
    {
        var (baseline, result, ratios) = (paired.Baseline, paired.Case, paired.Ratios);
        var wall = result.MedianMs / baseline.MedianMs;
        var cpu = result.CpuMedianMs / baseline.CpuMedianMs;
        var judged = cpu ?? wall;
        var verdict = benchCase.RatioLimit is { } limit
            ? string.Create(CultureInfo.InvariantCulture, $"; limit {limit:F2} on {(cpu is null ? "wall" : "CPU")} time: {(judged <= limit ? "within" : "OVER")}")
            : string.Empty;
        var clock = paired.ClockStepMs is { } step ? string.Create(CultureInfo.InvariantCulture, $", CPU clock step {step:F4} ms") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{benchCase.Group,-8} {"ratio of the two cases above (samples alternated)",-52} median {wall,9:F3}     (CPU median {(cpu is { } c ? c.ToString("F3", CultureInfo.InvariantCulture) : "n/a")}; pair by pair {ratios.Median:F3}, quartiles {ratios.LowerQuartile:F3}-{ratios.UpperQuartile:F3}, range {ratios.Min:F3}-{ratios.Max:F3}{clock}{verdict})");
    }

    private static string Megabytes(long? bytes) =>
        bytes is { } b ? (b / (1024.0 * 1024)).ToString("F1", CultureInfo.InvariantCulture) : "n/a";

    // Other processes on a shared machine inflate every figure; the load average says by how much.
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

#if DEBUG
    private const string BuildConfiguration = "Debug (timings are not representative: use -c Release)";
#else
    private const string BuildConfiguration = "Release";
#endif
}
