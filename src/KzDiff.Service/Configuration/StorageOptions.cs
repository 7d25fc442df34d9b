using System.ComponentModel.DataAnnotations;

namespace KzDiff.Service.Configuration;

/// <summary>Which database holds editions, comparisons and (in team mode) Hangfire's queue.</summary>
public sealed class StorageOptions
{
    [EnumDataType(typeof(StorageMode), ErrorMessage = "{0} must be Embedded or PostgreSql")]
    public StorageMode Mode { get; set; } = StorageMode.Embedded;

    /// <summary>
    /// Embedded: a SQLite connection string, or empty for <c>Data Source={JobsFolder}/kzdiff.db</c>.
    /// PostgreSql: an Npgsql connection string (required; checked by <see cref="KzDiffOptionsValidator"/>).
    /// </summary>
    public string? ConnectionString { get; set; }
}
