namespace KzDiff.Service.Configuration;

/// <summary>Where KzDiff keeps its application state and its job queue.</summary>
public enum StorageMode
{
    /// <summary>SQLite file under the jobs folder and Hangfire in memory: nothing to install.</summary>
    Embedded,

    /// <summary>PostgreSQL for both the application store and Hangfire: a team server, several processes.</summary>
    PostgreSql,
}
