namespace KzDiff.Web.Ui;

/// <summary>What became of an uploaded edition, in words for the reader.</summary>
public sealed record UploadOutcome(bool Succeeded, string Message);
