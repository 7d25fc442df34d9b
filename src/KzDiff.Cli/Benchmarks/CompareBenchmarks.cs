using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Core.Rendering;

namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// The comparison engine alone on real pairs: parsed trees in, comparison out (parsing is in
/// the untimed set-up). Kazakhstan 2019→2020 is the largest pair of the corpus.
/// </summary>
internal static class CompareBenchmarks
{
    public static IEnumerable<BenchCase> Create(string corpus)
    {
        yield return Engine(corpus, "kazakhstan 2019->2020 engine (largest pair)", "state-gov/2019/kazakhstan.html", "state-gov/2020/kazakhstan.html");

        // The engine hashes each parsed tree once and keeps it for the tree's lifetime; fresh root
        // objects every run time the first comparison of a newly parsed edition, hashing included.
        yield return new BenchCase("compare", "kazakhstan 2019->2020 engine, trees not seen before", 41, () =>
        {
            var (older, newer) = (CorpusEditions.Load(corpus, "state-gov/2019/kazakhstan.html"), CorpusEditions.Load(corpus, "state-gov/2020/kazakhstan.html"));
            return () => EditionComparer.Compare(older with { Root = older.Root with { } }, newer with { Root = newer.Root with { } });
        });
        yield return Engine(corpus, "kazakhstan 2023->2024 engine (restructured)", "state-gov/2023/kazakhstan.html", "state-gov/2024/kazakhstan.html");
        yield return Engine(corpus, "kazakhstan 2020 vs mexico 2020 engine (unrelated)", "state-gov/2020/kazakhstan.html", "state-gov/2020/mexico.html");
        yield return Engine(corpus, "kazakhstan 2019 pdf-text vs html engine", "pdf-text/kazakhstan-2019.txt", "state-gov/2019/kazakhstan.html");
        yield return new BenchCase("compare", "kazakhstan 2019->2020 engine + JSON", 41, () =>
        {
            var (older, newer) = (CorpusEditions.Load(corpus, "state-gov/2019/kazakhstan.html"), CorpusEditions.Load(corpus, "state-gov/2020/kazakhstan.html"));
            return () => ComparisonJson.Write(EditionComparer.Compare(older, newer));
        });
    }

    /// <summary>
    /// Issue 8's acceptance: flags and summary add at most 20% to the engine time of the largest
    /// pair. The engine alone (no flags, no summary) and the full comparison are timed sample for
    /// sample, alternated, and the command prints both medians and their ratio. Twice: with the two
    /// editions seen before (their hashes and sentence readings kept from earlier comparisons, as
    /// when an edition is compared with both neighbours or a comparison is asked for again), and
    /// with editions not seen before (fresh trees every run: both sides pay for hashing the
    /// editions, the full comparison also for reading their changed sentences and their vocabulary),
    /// as a one-off <c>kzdiff compare</c> of two files does. The limit is judged on the first, the
    /// engine's steady state; the second is printed so the cost of a first comparison is known too.
    /// </summary>
    public static IEnumerable<BenchCase> Flags(string corpus)
    {
        const string Older = "state-gov/2019/kazakhstan.html", Newer = "state-gov/2020/kazakhstan.html";
        var alone = new BenchCase("flags", "kazakhstan 2019->2020 engine alone (flags off, no summary)", 21, () =>
        {
            var (older, newer) = (CorpusEditions.Load(corpus, Older), CorpusEditions.Load(corpus, Newer));
            return () => EditionComparer.CompareWithoutFlagsOrSummary(older, newer);
        });
        yield return new BenchCase("flags", "kazakhstan 2019->2020 engine + flags + summary", 21, () =>
        {
            var (older, newer) = (CorpusEditions.Load(corpus, Older), CorpusEditions.Load(corpus, Newer));
            return () => EditionComparer.Compare(older, newer);
        }, Baseline: alone, RatioLimit: 1.20);

        var aloneCold = new BenchCase("flags", "same, editions not seen before: engine alone", 15, () =>
        {
            var (older, newer) = (CorpusEditions.Load(corpus, Older), CorpusEditions.Load(corpus, Newer));
            return () => EditionComparer.CompareWithoutFlagsOrSummary(Fresh(older), Fresh(newer));
        });
        yield return new BenchCase("flags", "same, editions not seen before: + flags + summary", 15, () =>
        {
            var (older, newer) = (CorpusEditions.Load(corpus, Older), CorpusEditions.Load(corpus, Newer));
            return () => EditionComparer.Compare(Fresh(older), Fresh(newer));
        }, Baseline: aloneCold);
    }

    /// <summary>The edition with a new root object: the engine's per-tree caches do not know it.</summary>
    private static Edition Fresh(Edition edition) => edition with { Root = edition.Root with { } };

    private static BenchCase Engine(string corpus, string name, string oldPath, string newPath) => new("compare", name, 41, () =>
    {
        var (older, newer) = (CorpusEditions.Load(corpus, oldPath), CorpusEditions.Load(corpus, newPath));
        return () => EditionComparer.Compare(older, newer);
    });
}
