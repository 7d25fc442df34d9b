namespace KzDiff.Service.Storage;

/// <summary>One import attempt, kept so that the UI and the CLI can show what was imported and what failed.</summary>
public sealed class ImportLogRecord
{
    public long Id { get; set; }

    public required string SourceName { get; set; }

    public string? Sha256 { get; set; }

    public required string Outcome { get; set; }

    public string? Error { get; set; }

    public Guid? EditionId { get; set; }

    public string? CountryKey { get; set; }

    public int? Year { get; set; }

    public DateTime At { get; set; }

    /// <summary>The signed-in user or token owner who uploaded it; null for folder imports and the CLI.</summary>
    public string? UploadedBy { get; set; }
}
