using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Web.Ui;

/// <summary>A comparison as the compare page sees it: ready, on its way, or impossible.</summary>
/// <param name="State">Where the job stands.</param>
/// <param name="Result">The comparison once <see cref="ComparisonState.Succeeded"/>, otherwise null.</param>
/// <param name="Progress">0..1 while queued or running.</param>
/// <param name="Message">Why it failed or what is missing, for the reader.</param>
/// <param name="StatusApiUrl">The JSON API address a script polls for this job, or null.</param>
/// <param name="LineageByNewPath">Section lineage ids of the newer edition by section path, for history links.</param>
/// <param name="LineageByOldPath">Section lineage ids of the older edition by section path.</param>
public sealed record ComparisonLookup(
    ComparisonState State,
    EditionComparison? Result,
    double Progress,
    string? Message,
    string? StatusApiUrl,
    ImmutableDictionary<string, string> LineageByNewPath,
    ImmutableDictionary<string, string> LineageByOldPath)
{
    public static ComparisonLookup Pending(ComparisonState state, double progress, string? statusApiUrl) =>
        new(state, null, progress, null, statusApiUrl, ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty);

    public static ComparisonLookup Problem(ComparisonState state, string message) =>
        new(state, null, 0, message, null, ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty);
}
