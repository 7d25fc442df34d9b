using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Editions;

namespace KzDiff.Service.Comparisons;

/// <summary>The service's seam onto <c>EditionComparer</c>.</summary>
public interface IComparisonEngine
{
    /// <summary>Stored results of another version are not reused.</summary>
    string Version { get; }

    EditionComparison Compare(Edition older, Edition newer, FlagOptions flags);

    /// <summary>Whether the engine reads corpus evidence (then a comparison's version carries the corpus version).</summary>
    bool UsesCorpus => false;

    /// <summary>Compares with what the other reports of the same years say; an engine without corpus support ignores it.</summary>
    EditionComparison Compare(Edition older, Edition newer, FlagOptions flags, CorpusEvidence? corpus) => Compare(older, newer, flags);

    /// <summary>The section pairs alone, for lineage: no sentence work.</summary>
    IReadOnlyList<SectionPairing> AlignSections(Edition older, Edition newer);
}
