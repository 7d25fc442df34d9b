namespace KzDiff.Service.Storage;

/// <summary>
/// The source bytes and parsed tree of an edition, in a table of their own so that listing editions
/// never drags megabytes of text along.
/// </summary>
public sealed class EditionContentRecord
{
    public Guid EditionId { get; set; }

    public required byte[] SourceBytes { get; set; }

    public required string TreeJson { get; set; }
}
