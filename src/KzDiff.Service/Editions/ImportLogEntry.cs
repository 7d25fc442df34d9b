namespace KzDiff.Service.Editions;

/// <summary>One import attempt, newest first in lists.</summary>
public sealed record ImportLogEntry(
    string SourceName,
    ImportOutcome Outcome,
    string? Error,
    Guid? EditionId,
    string? Country,
    int? Year,
    DateTime At,
    string? UploadedBy);
