using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Editions;

namespace KzDiff.Service.Comparisons;

/// <summary>The real comparison engine of KzDiff.Core.</summary>
public sealed class CoreComparisonEngine : IComparisonEngine
{
    public string Version => EditionComparer.EngineVersion;

    public bool UsesCorpus => true;

    public EditionComparison Compare(Edition older, Edition newer) => EditionComparer.Compare(older, newer);

    public EditionComparison Compare(Edition older, Edition newer, CorpusEvidence? corpus) => EditionComparer.Compare(older, newer, corpus: corpus);

    public IReadOnlyList<SectionPairing> AlignSections(Edition older, Edition newer) => EditionComparer.AlignSections(older, newer);
}
