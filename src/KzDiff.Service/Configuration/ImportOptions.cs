namespace KzDiff.Service.Configuration;

/// <summary>Limits on what an import may read, so a hostile or mistaken source cannot exhaust the service.</summary>
public sealed class ImportOptions
{
    /// <summary>Largest edition accepted from an upload or a file (state.gov pages are under 2 MB).</summary>
    public long MaxEditionBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How long fetching one URL may take.</summary>
    public int FetchTimeoutSeconds { get; set; } = 30;

    /// <summary>Largest response body read from a URL.</summary>
    public long MaxFetchBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Editions parsed at once during a folder import.</summary>
    public int ParallelParsers { get; set; } = Environment.ProcessorCount;
}
