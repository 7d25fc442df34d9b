namespace KzDiff.Service.Configuration;

/// <summary>The "KzDiff" section of appsettings.json (environment variables: KzDiff__Storage__Mode and so on).</summary>
public sealed class KzDiffOptions
{
    public const string SectionName = "KzDiff";

    /// <summary>Folder of editions imported at start-up (new and changed files); relative to the repository root.</summary>
    public string EditionsFolder { get; set; } = "editions";

    /// <summary>Run-time output: the embedded SQLite store lives here; relative to the repository root.</summary>
    public string JobsFolder { get; set; } = "jobs";

    /// <summary>Import the editions folder when the web service starts.</summary>
    public bool ImportEditionsAtStartup { get; set; } = true;

    public StorageOptions Storage { get; set; } = new();

    public ImportOptions Import { get; set; } = new();

    public JobOptions Jobs { get; set; } = new();
}
