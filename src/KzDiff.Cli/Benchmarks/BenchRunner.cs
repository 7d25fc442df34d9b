using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// Runs a case with BenchmarkDotNet, in this process (the corpus and the prepared inputs are
/// already here; a generated benchmark project per case would take longer to build than to run).
/// Monitoring strategy, one invocation per iteration: the cases take milliseconds to seconds, so
/// each run is timed alone and the median resists other processes sharing the machine.
/// </summary>
internal static class BenchRunner
{
    private const double NanosecondsPerMillisecond = 1_000_000;

    /// <exception cref="InvalidOperationException">BenchmarkDotNet produced no measurement (its validation failed or the case threw).</exception>
    public static BenchResult Run(BenchCase benchCase, int? runsOverride = null)
    {
        ArgumentNullException.ThrowIfNull(benchCase);

        // Prepared here, not in a [GlobalSetup]: a missing corpus file is the command's error, not a failed benchmark.
        BenchCaseHost.Operation = benchCase.Prepare();
        var runs = Math.Max(1, runsOverride ?? benchCase.Runs);
        var job = Job.Default
            .WithToolchain(InProcessNoEmitToolchain.DontLogOutput)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(benchCase.WarmUpRuns)
            .WithIterationCount(runs)
            .WithInvocationCount(1)
            .WithUnrollFactor(1);
        // BenchmarkDotNet's own report would bury the one line per case; it is kept to explain a failure.
        var log = new AccumulationLogger();
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(log)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "kzdiff-bench"))

            // A Debug build still runs (the header says its figures are not representative).
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<BenchCaseHost>(config);
        var report = summary.Reports.SingleOrDefault();
        if (report?.ResultStatistics is not { } statistics)
        {
            var failure = log.GetLog().Split('\n').FirstOrDefault(line => line.Contains("Exception", StringComparison.Ordinal))?.Trim();
            var reasons = summary.ValidationErrors.Select(e => e.Message).DefaultIfEmpty(failure ?? "the case failed while it was measured");
            throw new InvalidOperationException(string.Join("; ", reasons));
        }

        return new BenchResult(
            benchCase,
            statistics.Median / NanosecondsPerMillisecond,
            statistics.Min / NanosecondsPerMillisecond,
            statistics.Max / NanosecondsPerMillisecond,
            report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase),
            statistics.N);
    }
}
