namespace KzDiff.Web.Ui;

/// <summary>One recent import, as the editions page lists it.</summary>
/// <param name="SourceName">File name or URL as given.</param>
/// <param name="Succeeded">False when nothing was stored.</param>
/// <param name="Outcome">What happened, in a word or two ("imported", "new revision", "unchanged", "failed").</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="At">When, UTC.</param>
public sealed record ImportAttempt(string SourceName, bool Succeeded, string Outcome, string? Error, DateTime At);
