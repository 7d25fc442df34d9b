using KzDiff.Service.Storage;

namespace KzDiff.Service.Comparisons;

/// <summary>A state that a comparison job could not write to the store; <see cref="UnwrittenJobStates"/> writes it later.</summary>
/// <param name="ComparisonId">The comparison.</param>
/// <param name="Owner">The run that holds the comparison, or null when the run could not claim it (the store still says queued).</param>
/// <param name="State">Failed, or queued to be computed again.</param>
/// <param name="Error">The reason stored with the state.</param>
/// <param name="FailedAt">When the store first refused it.</param>
/// <param name="WriteError">Why the store refused it the last time.</param>
/// <param name="ClaimUnknown">
/// The run's claim failed without an answer (the connection lost after the store took it, or before):
/// the comparison is either still queued or held by <paramref name="Owner"/>, and the state applies to both.
/// </param>
public sealed record UnwrittenJobState(Guid ComparisonId, string? Owner, ComparisonState State, string Error, DateTime FailedAt, string WriteError, bool ClaimUnknown = false);
