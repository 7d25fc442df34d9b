using System.Collections.Concurrent;
using System.Diagnostics;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Tests.Comparison.Corpus;

/// <summary>Every country of the real corpus with editions for two years, compared once per test run without evidence.</summary>
internal sealed class CorpusYears
{
    private static readonly ConcurrentDictionary<(int, int), Lazy<CorpusYears>> Cache = new();

    private CorpusYears(int from, int to)
    {
        From = from;
        To = to;
        var older = Editions(from);
        var newer = Editions(to);
        var watch = Stopwatch.StartNew();
        foreach (var (key, edition) in older.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (newer.TryGetValue(key, out var next))
            {
                Pairs[key] = (edition, next);
                Baseline[key] = EditionComparer.Compare(edition, next);
            }
        }

        BaselineTime = watch.Elapsed;
        Observations = [.. Baseline.Values.Select(CorpusObservation.From)];
        All = CorpusEvidence.Build(Observations);
    }

    public int From { get; }

    public int To { get; }

    public SortedDictionary<string, (Edition Old, Edition New)> Pairs { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, EditionComparison> Baseline { get; } = new(StringComparer.Ordinal);

    public TimeSpan BaselineTime { get; }

    public List<CorpusObservation> Observations { get; }

    /// <summary>Evidence from every country (a country's own comparison uses <see cref="For"/>).</summary>
    public CorpusEvidence All { get; }

    public static CorpusYears Get(int from, int to) =>
        Cache.GetOrAdd((from, to), k => new Lazy<CorpusYears>(() => new CorpusYears(k.Item1, k.Item2))).Value;

    /// <summary>Evidence from every other country: a country never votes for its own pairing.</summary>
    public CorpusEvidence For(string country) => CorpusEvidence.Build(Observations, exceptCountry: country);

    private static Dictionary<string, Edition> Editions(int year)
    {
        var folder = Path.Combine(ComparisonCorpus.Root, "state-gov", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var editions = new Dictionary<string, Edition>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.html"))
        {
            var edition = ComparisonCorpus.Load(Path.GetRelativePath(ComparisonCorpus.Root, file));
            editions[edition.Metadata.CountryKey] = edition;
        }

        return editions;
    }
}
