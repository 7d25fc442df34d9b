using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Editions;
using KzDiff.Service.Comparisons;

namespace KzDiff.Testing;

/// <summary>The real engine, and something that happens just after it computed (the disk fills up) when a test says so.</summary>
public sealed class HookedEngine : IComparisonEngine
{
    private readonly CoreComparisonEngine engine = new();

    /// <summary>Runs after each comparison, before the job stores it.</summary>
    public Action? AfterCompare { get; set; }

    public string Version => engine.Version;

    public bool UsesCorpus => engine.UsesCorpus;

    public EditionComparison Compare(Edition older, Edition newer, FlagOptions flags) => Compare(older, newer, flags, corpus: null);

    public EditionComparison Compare(Edition older, Edition newer, FlagOptions flags, CorpusEvidence? corpus)
    {
        var result = engine.Compare(older, newer, flags, corpus);
        AfterCompare?.Invoke();
        return result;
    }

    public IReadOnlyList<SectionPairing> AlignSections(Edition older, Edition newer) => engine.AlignSections(older, newer);
}
