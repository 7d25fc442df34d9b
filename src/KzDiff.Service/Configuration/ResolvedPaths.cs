namespace KzDiff.Service.Configuration;

/// <summary>Absolute folders and connection string derived from the validated <see cref="KzDiffOptions"/> and the repository root.</summary>
public sealed record ResolvedPaths(string Root, string EditionsFolder, string JobsFolder, string ConnectionString)
{
    public static ResolvedPaths From(KzDiffOptions options, string root)
    {
        ArgumentNullException.ThrowIfNull(options);
        var editions = Path.GetFullPath(options.EditionsFolder, root);
        var jobs = Path.GetFullPath(options.JobsFolder, root);

        // A PostgreSql mode without a connection string never gets here: the options validator refuses it.
        var connectionString = string.IsNullOrWhiteSpace(options.Storage.ConnectionString)
            ? $"Data Source={Path.Combine(jobs, "kzdiff.db")};Default Timeout=60;Pooling=True"
            : options.Storage.ConnectionString;
        return new ResolvedPaths(root, editions, jobs, connectionString);
    }
}
