using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KzDiff.Service.Configuration;

/// <summary>
/// The "KzDiff" section of appsettings.json (environment variables: KzDiff__Storage__Mode and so on),
/// validated at start by <see cref="KzDiffOptionsValidator"/>: code that reads it trusts its ranges.
/// </summary>
public sealed class KzDiffOptions
{
    public const string SectionName = "KzDiff";

    /// <summary>Folder of editions imported at start-up (new and changed files); relative to the repository root.</summary>
    [Required(ErrorMessage = "{0} must name a folder")]
    public string EditionsFolder { get; set; } = "editions";

    /// <summary>Run-time output: the embedded SQLite store lives here; relative to the repository root.</summary>
    [Required(ErrorMessage = "{0} must name a folder")]
    public string JobsFolder { get; set; } = "jobs";

    /// <summary>What this process does: <c>all</c> (default), <c>web</c> (no job server) or <c>worker</c> (jobs and /health only).</summary>
    [EnumDataType(typeof(ProcessRole), ErrorMessage = "{0} must be all, web or worker")]
    public ProcessRole Role { get; set; } = ProcessRole.All;

    /// <summary>Import the editions folder when the web service starts.</summary>
    public bool ImportEditionsAtStartup { get; set; } = true;

    [ValidateObjectMembers]
    public StorageOptions Storage { get; set; } = new();

    [ValidateObjectMembers]
    public ImportOptions Import { get; set; } = new();

    [ValidateObjectMembers]
    public JobOptions Jobs { get; set; } = new();

    [ValidateObjectMembers]
    public FlagSettings Flags { get; set; } = new();
    public AccessOptions Access { get; set; } = new();

    [ValidateObjectMembers]
    public SubscriptionOptions Subscriptions { get; set; } = new();

    [ValidateObjectMembers]
    public HealthOptions Health { get; set; } = new();
}
