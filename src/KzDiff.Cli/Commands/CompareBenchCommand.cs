using System.CommandLine;
using KzDiff.Cli.Benchmarks;

namespace KzDiff.Cli.Commands;

/// <summary><c>kzdiff bench-compare</c>: comparison engine timings on real editions.</summary>
internal static class CompareBenchCommand
{
    public static Command Create()
    {
        var editions = new Option<string>("--editions") { Description = "Folder of real editions (holds state-gov/ and pdf-text/)", DefaultValueFactory = _ => Path.Combine("..", "shared", "editions") };
        var runs = new Option<int>("--runs") { Description = "Timed runs per pair after warm-up", DefaultValueFactory = _ => 31 };
        var command = new Command("bench-compare", "Time the comparison engine alone on real pairs (median of timed runs)") { editions, runs };
        command.SetAction(parseResult =>
        {
            var root = parseResult.GetValue(editions)!;
            var error = parseResult.InvocationConfiguration.Error;
            if (!Directory.Exists(Path.Combine(root, "state-gov")))
            {
                error.WriteLine($"kzdiff bench-compare: {root}: no state-gov folder of real editions here (use --editions)");
                return 1;
            }

            var count = parseResult.GetValue(runs);
            if (count < 1)
            {
                error.WriteLine("kzdiff bench-compare: --runs must be at least 1");
                return 1;
            }

            CompareBenchmark.Run(root, count, parseResult.InvocationConfiguration.Output);
            return 0;
        });
        return command;
    }
}
