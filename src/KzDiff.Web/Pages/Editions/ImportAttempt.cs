using KzDiff.Service.Editions;

namespace KzDiff.Web.Pages.Editions;

/// <summary>One recent import, as the editions page lists it.</summary>
/// <param name="SourceName">File name (or the last part of a path) as given.</param>
/// <param name="Succeeded">False when nothing was stored.</param>
/// <param name="Outcome">What happened, in a word or two ("imported", "new revision", "unchanged", "failed").</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="At">When, UTC.</param>
public sealed record ImportAttempt(string SourceName, bool Succeeded, string Outcome, string? Error, DateTime At)
{
    public static ImportAttempt From(ImportLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new ImportAttempt(
            Path.GetFileName(entry.SourceName),
            entry.Outcome != ImportOutcome.Failed,
            entry.Outcome switch
            {
                ImportOutcome.Imported => "imported",
                ImportOutcome.NewRevision => "new revision",
                ImportOutcome.Unchanged => "unchanged",
                _ => "failed",
            },
            entry.Error,
            entry.At);
    }
}
