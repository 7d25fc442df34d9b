namespace KzDiff.Service.Configuration;

/// <summary>What one KzDiff process does (<c>KzDiff:Role</c>); several processes share a PostgreSQL store.</summary>
public enum ProcessRole
{
    /// <summary>Pages, API and a Hangfire server: the single-process default.</summary>
    All,

    /// <summary>Pages and API; jobs are only enqueued, worker processes run them.</summary>
    Web,

    /// <summary>A Hangfire server and <c>/health</c>, nothing else.</summary>
    Worker,
}
