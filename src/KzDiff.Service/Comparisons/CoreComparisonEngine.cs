using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;

namespace KzDiff.Service.Comparisons;

/// <summary>The real comparison engine of KzDiff.Core.</summary>
public sealed class CoreComparisonEngine : IComparisonEngine
{
    public string Version => EditionComparer.EngineVersion;

    public EditionComparison Compare(Edition older, Edition newer) => EditionComparer.Compare(older, newer);

    public IReadOnlyList<SectionPairing> AlignSections(Edition older, Edition newer) => EditionComparer.AlignSections(older, newer);
}
