using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Editions;
using KzDiff.Service.Comparisons;

namespace KzDiff.Testing;

/// <summary>An engine that fails on every pair, as a bug on one hostile input would.</summary>
public sealed class ThrowingEngine : IComparisonEngine
{
    public string Version => "throwing";

    public EditionComparison Compare(Edition older, Edition newer, FlagOptions flags) =>
        throw new InvalidOperationException("the engine cannot align these editions");

    public IReadOnlyList<SectionPairing> AlignSections(Edition older, Edition newer) =>
        throw new InvalidOperationException("the engine cannot align these editions");
}
