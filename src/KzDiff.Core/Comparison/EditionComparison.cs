using System.Collections.Immutable;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Comparison;

/// <summary>The full result of comparing two editions, in old-document order of sections.</summary>
/// <param name="Old">The older edition.</param>
/// <param name="New">The newer edition.</param>
/// <param name="EngineVersion">Changes whenever the engine's output could change; stored results of another version are recomputed.</param>
/// <param name="Statistics">Totals.</param>
/// <param name="Sections">One item per aligned pair, added or removed section.</param>
public sealed record EditionComparison(
    EditionMetadata Old,
    EditionMetadata New,
    string EngineVersion,
    ComparisonStatistics Statistics,
    ImmutableArray<SectionChange> Sections);
