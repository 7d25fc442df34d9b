namespace KzDiff.Service.Storage;

/// <summary>
/// The corpus table of two years (the template's titles across every stored country), computed
/// once by a job and kept here. <see cref="Version"/> names the engine and the exact editions it
/// was computed from, so an import of either year makes it stale (and the importer deletes it).
/// </summary>
public sealed class CorpusTableRecord
{
    public Guid Id { get; set; }

    public int FromYear { get; set; }

    public int ToYear { get; set; }

    /// <summary>Engine version and corpus fingerprint ("4+corpus.0a1b2c3d4e5f").</summary>
    public required string Version { get; set; }

    public ComparisonState Status { get; set; }

    /// <summary>Percent of the countries read so far while running.</summary>
    public int Progress { get; set; }

    public string? Error { get; set; }

    /// <summary>The <c>CorpusTableDocument</c> as JSON, when succeeded.</summary>
    public string? ResultJson { get; set; }

    public DateTime RequestedAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}
