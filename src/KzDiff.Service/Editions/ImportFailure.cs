namespace KzDiff.Service.Editions;

/// <summary>Why an import failed, so that callers can answer 400, 413 or 422.</summary>
public enum ImportFailure
{
    None,

    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>Over the configured size limit.</summary>
    TooLarge,

    /// <summary>The parser rejected it: binary, not a report, no report body, unknown country or year.</summary>
    Unreadable,

    /// <summary>The file or URL could not be read.</summary>
    Unreachable,
}
