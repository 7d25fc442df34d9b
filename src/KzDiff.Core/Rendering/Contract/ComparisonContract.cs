using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>
/// The root of the comparison contract (<c>kzdiff compare --format json</c>, the API's
/// <c>comparison</c>, the service's stored result); see <see cref="ComparisonJson"/> for its shape.
/// Properties are written in declaration order, so the order below is the contract's.
/// </summary>
public sealed record ComparisonContract
{
    public required string EngineVersion { get; init; }

    public required EditionMetadataContract Old { get; init; }

    public required EditionMetadataContract New { get; init; }

    public required ComparisonStatisticsContract Stats { get; init; }

    /// <summary>Always written; null only in results stored before summaries (engine version 3 and older).</summary>
    public ComparisonSummaryContract? Summary { get; init; }

    public required IReadOnlyList<SectionChangeContract> Sections { get; init; }

    public static ComparisonContract From(EditionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var anchors = ComparisonAnchors.Assign(comparison);
        return new ComparisonContract
        {
            EngineVersion = comparison.EngineVersion,
            Old = EditionMetadataContract.From(comparison.Old),
            New = EditionMetadataContract.From(comparison.New),
            Stats = ComparisonStatisticsContract.From(comparison.Statistics),
            Summary = ComparisonSummaryContract.From(comparison.Summary, anchors),
            Sections = comparison.Sections.Select(SectionChangeContract.From).ToArray(),
        };
    }

    /// <exception cref="FormatException">A status, kind, operation or format is not one the contract knows.</exception>
    public EditionComparison ToComparison()
    {
        var comparison = new EditionComparison(
            Old.ToMetadata(),
            New.ToMetadata(),
            EngineVersion,
            Stats.ToStatistics(),
            [.. Sections.Select(section => section.ToSectionChange())]);
        return Summary is null
            ? comparison
            : comparison with { Summary = Summary.ToSummary(comparison.Sections, ComparisonAnchors.Assign(comparison)) };
    }
}
