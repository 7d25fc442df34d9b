using System.ComponentModel.DataAnnotations;
using KzDiff.Core.Parsing;

namespace KzDiff.Service.Configuration;

/// <summary>Limits on what an import may read, so a hostile or mistaken source cannot exhaust the service.</summary>
public sealed class ImportOptions
{
    /// <summary>Largest edition accepted from an upload or a file (state.gov pages are under 2 MB).</summary>
    [Range(typeof(long), "1024", "1073741824", ErrorMessage = "{0} must be between {1} and {2} bytes")]
    public long MaxEditionBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How long fetching one URL may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "{0} must be between {1} and {2} (hh:mm:ss)")]
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest response body read from a URL.</summary>
    [Range(typeof(long), "1024", "1073741824", ErrorMessage = "{0} must be between {1} and {2} bytes")]
    public long MaxFetchBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Deepest HTML element nesting an edition may have (real pages: at most 26).</summary>
    [Range(1, 1_000_000, ErrorMessage = "{0} must be between {1} and {2}")]
    public int MaxNestingDepth { get; set; } = EditionParserOptions.Default.MaxNestingDepth;

    /// <summary>Most headings an edition may have (real editions: at most 67).</summary>
    [Range(1, 1_000_000, ErrorMessage = "{0} must be between {1} and {2}")]
    public int MaxHeadings { get; set; } = EditionParserOptions.Default.MaxHeadings;

    /// <summary>Most sections, run-in headings included, an edition may have (real editions: at most 100).</summary>
    [Range(1, 1_000_000, ErrorMessage = "{0} must be between {1} and {2}")]
    public int MaxSections { get; set; } = EditionParserOptions.Default.MaxSections;

    /// <summary>The parser's limits as configured.</summary>
    public EditionParserOptions ParserLimits => new() { MaxNestingDepth = MaxNestingDepth, MaxHeadings = MaxHeadings, MaxSections = MaxSections };

    /// <summary>Editions parsed at once during a folder import.</summary>
    [Range(1, 64, ErrorMessage = "{0} must be between {1} and {2}")]
    public int ParallelParsers { get; set; } = Math.Min(Environment.ProcessorCount, 64);
}
