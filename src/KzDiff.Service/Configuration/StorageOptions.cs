namespace KzDiff.Service.Configuration;

/// <summary>Which database holds editions, comparisons and (in team mode) Hangfire's queue.</summary>
public sealed class StorageOptions
{
    public StorageMode Mode { get; set; } = StorageMode.Embedded;

    /// <summary>
    /// Embedded: a SQLite connection string, or empty for <c>Data Source={JobsFolder}/kzdiff.db</c>.
    /// PostgreSql: an Npgsql connection string (required).
    /// </summary>
    public string? ConnectionString { get; set; }
}
