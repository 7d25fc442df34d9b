namespace KzDiff.Web.Api;

/// <summary>
/// Body of <c>POST /api/flags/{id}/decisions</c>: the new state, a note, and the flag's version as the
/// reviewer last read it (0 for an undecided flag), so that a decision made on stale information is refused.
/// </summary>
public sealed record DecisionRequest(string? State, string? Note, int? ExpectedVersion);
