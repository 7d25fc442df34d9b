using System.Globalization;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Editions;
using KzDiff.Core.Rendering;

namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// Corpus-aware work on 2023→2024, every country of the corpus (issue 11's targets: one pair's
/// alignment with corpus evidence within 30 ms; the corpus table from stored comparisons within
/// 30 s). The set-up parses both years and compares every country once, untimed and shared.
/// </summary>
internal static class CorpusBenchmarks
{
    private const int From = 2023;
    private const int To = 2024;

    public static IEnumerable<BenchCase> Create(string corpus)
    {
        var years = new Lazy<CorpusYears>(() => CorpusYears.Load(corpus));
        yield return new BenchCase("corpus", "kazakhstan 2023->2024 alignment with corpus evidence (target 30 ms)", 41, () =>
        {
            var (older, newer) = years.Value.Pairs["kazakhstan"];
            var evidence = CorpusEvidence.Build(years.Value.Observations, exceptCountry: "kazakhstan");
            return () => EditionComparer.AlignSections(older, newer, evidence);
        });
        yield return new BenchCase("corpus", "corpus evidence of 2023->2024 from every country's observation", 41, () =>
        {
            var observations = years.Value.Observations;
            return () => CorpusEvidence.Build(observations, exceptCountry: "kazakhstan");
        });
        yield return new BenchCase("corpus", "corpus table 2023->2024 from stored comparisons, every country (target 30 s)", 3, () =>
        {
            // "Stored": each country's comparison with evidence, as the comparison job writes it.
            var stored = years.Value.Pairs
                .Select(p => ComparisonJson.Write(EditionComparer.Compare(p.Value.Old, p.Value.New, corpus: CorpusEvidence.Build(years.Value.Observations, exceptCountry: p.Key)), indented: false))
                .ToList();
            return () => CorpusTable.Build(stored.Select(json => CorpusObservation.From(ComparisonJson.Read(json))).ToList());
        }, WarmUpRuns: 1);
    }

    /// <summary>Both years of every country that has both, and each pair's observation made without evidence.</summary>
    private sealed class CorpusYears
    {
        public SortedDictionary<string, (Edition Old, Edition New)> Pairs { get; } = new(StringComparer.Ordinal);

        public List<CorpusObservation> Observations { get; } = [];

        public static CorpusYears Load(string corpus)
        {
            var older = Year(corpus, From);
            var newer = Year(corpus, To);
            var years = new CorpusYears();
            foreach (var (key, edition) in older)
            {
                if (newer.TryGetValue(key, out var next))
                {
                    years.Pairs[key] = (edition, next);
                }
            }

            years.Observations.AddRange(years.Pairs.Values.AsParallel().Select(p => CorpusObservation.From(EditionComparer.Compare(p.Old, p.New))));
            return years;
        }

        private static Dictionary<string, Edition> Year(string corpus, int year)
        {
            var folder = Path.Combine("state-gov", year.ToString(CultureInfo.InvariantCulture));
            return Directory.EnumerateFiles(Path.Combine(corpus, folder), "*.html")
                .AsParallel()
                .Select(file => CorpusEditions.Load(corpus, Path.Combine(folder, Path.GetFileName(file))))
                .GroupBy(e => e.Metadata.CountryKey, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }
    }
}
