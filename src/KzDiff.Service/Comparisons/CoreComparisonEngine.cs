using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Editions;

namespace KzDiff.Service.Comparisons;

/// <summary>The real comparison engine of KzDiff.Core.</summary>
public sealed class CoreComparisonEngine : IComparisonEngine
{
    public string Version => EditionComparer.EngineVersion;

    public bool UsesCorpus => true;

    public EditionComparison Compare(Edition older, Edition newer, FlagOptions flags) => EditionComparer.Compare(older, newer, flags);

    public EditionComparison Compare(Edition older, Edition newer, FlagOptions flags, CorpusEvidence? corpus) => EditionComparer.Compare(older, newer, flags, corpus);

    public IReadOnlyList<SectionPairing> AlignSections(Edition older, Edition newer) => EditionComparer.AlignSections(older, newer);
}
