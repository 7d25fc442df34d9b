using System.Collections.Immutable;
using KzDiff.Core.Comparison.Summaries;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Comparison;

/// <summary>The full result of comparing two editions, in old-document order of sections.</summary>
/// <param name="Old">The older edition.</param>
/// <param name="New">The newer edition.</param>
/// <param name="EngineVersion">Changes whenever the engine's output could change; stored results of another version are recomputed.</param>
/// <param name="Statistics">Totals.</param>
/// <param name="Sections">One item per aligned pair, added or removed section.</param>
/// <param name="Summary">What changed in plain words and the key changes; <see cref="ComparisonSummary.Empty"/> when not computed.</param>
public sealed record EditionComparison(
    EditionMetadata Old,
    EditionMetadata New,
    string EngineVersion,
    ComparisonStatistics Statistics,
    ImmutableArray<SectionChange> Sections,
    ComparisonSummary Summary)
{
    /// <summary>A comparison without a summary (read from a contract that has none).</summary>
    public EditionComparison(EditionMetadata old, EditionMetadata @new, string engineVersion, ComparisonStatistics statistics, ImmutableArray<SectionChange> sections)
        : this(old, @new, engineVersion, statistics, sections, ComparisonSummary.Empty)
    {
    }
}
