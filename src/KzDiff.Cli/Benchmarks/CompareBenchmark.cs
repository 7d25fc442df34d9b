using System.Diagnostics;
using System.Globalization;
using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Core.Rendering;

namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// Times the comparison engine alone (parsed trees in, comparison out) on real pairs, after
/// warm-up, and prints medians. Kazakhstan 2019→2020 is the largest pair of the corpus.
/// </summary>
internal static class CompareBenchmark
{
    private static readonly (string Name, string Old, string New)[] Pairs =
    [
        ("kazakhstan 2019->2020 (largest pair)", "state-gov/2019/kazakhstan.html", "state-gov/2020/kazakhstan.html"),
        ("kazakhstan 2019->2020, trees not seen before", "state-gov/2019/kazakhstan.html", "state-gov/2020/kazakhstan.html"),
        ("kazakhstan 2023->2024 (restructured)", "state-gov/2023/kazakhstan.html", "state-gov/2024/kazakhstan.html"),
        ("kazakhstan 2019 pdf-text->html", "pdf-text/kazakhstan-2019.txt", "state-gov/2019/kazakhstan.html"),
        ("kazakhstan 2020 vs mexico 2020 (unrelated)", "state-gov/2020/kazakhstan.html", "state-gov/2020/mexico.html"),
        ("kazakhstan 2020 vs itself", "state-gov/2020/kazakhstan.html", "state-gov/2020/kazakhstan.html"),
    ];

    public static void Run(string editionsRoot, int runs, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compare engine, {runs} timed runs after warm-up, {Environment.ProcessorCount} cores"));
        foreach (var (name, oldPath, newPath) in Pairs)
        {
            var older = Load(editionsRoot, oldPath);
            var newer = Load(editionsRoot, newPath);
            for (var i = 0; i < 5; i++)
            {
                EditionComparer.Compare(older, newer);
            }

            // Wall time and the process's CPU time: on a shared machine the CPU figure is the steadier one.
            var times = new double[runs];
            var cpu = new double[runs];
            EditionComparison? last = null;
            using var process = Process.GetCurrentProcess();
            for (var i = 0; i < runs; i++)
            {
                // "Not seen before": fresh root objects, so the engine's per-tree profile cache misses
                // and hashing is timed too (the first comparison of a freshly parsed edition).
                var (a, b) = name.Contains("not seen", StringComparison.Ordinal)
                    ? (older with { Root = older.Root with { } }, newer with { Root = newer.Root with { } })
                    : (older, newer);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                last = EditionComparer.Compare(a, b);
                times[i] = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            }

            Array.Sort(times);
            Array.Sort(cpu);
            var json = Stopwatch.StartNew();
            var text = ComparisonJson.Write(last!);
            var jsonMs = json.Elapsed.TotalMilliseconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-44} median {times[runs / 2],7:F2} ms  min {times[0],7:F2}  p90 {times[(int)(runs * 0.9)],7:F2}  cpu median {cpu[runs / 2],7:F2}  ({last!.Sections.Length} sections; json {text.Length / 1024} KB in {jsonMs:F1} ms)"));
        }
    }

    private static Edition Load(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        return EditionParser.Parse(File.ReadAllBytes(path), path);
    }
}
