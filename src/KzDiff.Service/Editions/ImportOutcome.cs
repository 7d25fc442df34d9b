namespace KzDiff.Service.Editions;

/// <summary>What an import did.</summary>
public enum ImportOutcome
{
    /// <summary>First text stored for its country and year.</summary>
    Imported,

    /// <summary>A different text for a country and year already stored: kept as the next revision.</summary>
    NewRevision,

    /// <summary>These exact bytes were already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>Nothing was stored; see the failure and error.</summary>
    Failed,
}
