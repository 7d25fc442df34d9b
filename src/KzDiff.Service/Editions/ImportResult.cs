namespace KzDiff.Service.Editions;

/// <summary>The result of importing one edition.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="SourceName">File name or URL as given.</param>
/// <param name="Edition">The stored edition (new, new revision or the existing one with the same bytes); null when failed.</param>
/// <param name="Failure">Why it failed, or <see cref="ImportFailure.None"/>.</param>
/// <param name="Error">One line a user can act on, or null.</param>
public sealed record ImportResult(
    ImportOutcome Outcome,
    string SourceName,
    EditionSummary? Edition,
    ImportFailure Failure = ImportFailure.None,
    string? Error = null)
{
    public static ImportResult Failed(string sourceName, ImportFailure failure, string error) =>
        new(ImportOutcome.Failed, sourceName, null, failure, error);
}
