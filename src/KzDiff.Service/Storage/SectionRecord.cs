namespace KzDiff.Service.Storage;

/// <summary>One node of a stored edition's tree, with the lineage it shares with its counterparts in other years.</summary>
public sealed class SectionRecord
{
    public long Id { get; set; }

    public Guid EditionId { get; set; }

    /// <summary>Copied from the edition so that a lineage's history is one indexed query.</summary>
    public required string CountryKey { get; set; }

    public required string LineageId { get; set; }

    public required string Path { get; set; }

    public required string Title { get; set; }

    public required string Key { get; set; }

    public required string Level { get; set; }

    /// <summary>Position in document order (depth first).</summary>
    public int Ordinal { get; set; }

    public int Depth { get; set; }

    /// <summary>Sentences of this node and its descendants.</summary>
    public int SentenceCount { get; set; }

    /// <summary>Words of this node and its descendants.</summary>
    public int WordCount { get; set; }
}
