using KzDiff.Service.Editions;

namespace KzDiff.Web.Api;

/// <summary>Answer to an upload: what happened (imported, newRevision, unchanged) and the stored edition.</summary>
public sealed record ImportResponse(ImportOutcome Outcome, EditionSummary Edition);
