namespace KzDiff.Service.Configuration;

/// <summary>Absolute folders and connection string derived from <see cref="KzDiffOptions"/> and the repository root.</summary>
public sealed record ResolvedPaths(string Root, string EditionsFolder, string JobsFolder, string ConnectionString)
{
    public static ResolvedPaths From(KzDiffOptions options, string root)
    {
        ArgumentNullException.ThrowIfNull(options);
        var editions = Path.GetFullPath(options.EditionsFolder, root);
        var jobs = Path.GetFullPath(options.JobsFolder, root);
        string connectionString;
        if (options.Storage.Mode == StorageMode.PostgreSql)
        {
            connectionString = string.IsNullOrWhiteSpace(options.Storage.ConnectionString)
                ? throw new InvalidOperationException(
                    "KzDiff:Storage:Mode is PostgreSql but KzDiff:Storage:ConnectionString is empty; set it in appsettings.json or KzDiff__Storage__ConnectionString")
                : options.Storage.ConnectionString;
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(options.Storage.ConnectionString)
                ? $"Data Source={Path.Combine(jobs, "kzdiff.db")};Default Timeout=60;Pooling=True"
                : options.Storage.ConnectionString;
        }

        return new ResolvedPaths(root, editions, jobs, connectionString);
    }
}
