using KzDiff.Core.Editions;

namespace KzDiff.Service.Editions;

/// <summary>Stores editions: idempotent by content hash, a new text for a stored year becomes a new revision.</summary>
public interface IEditionImporter
{
    /// <summary>Parses, stores and aligns one edition. Never throws for bad input: the result says what was wrong.</summary>
    Task<ImportResult> ImportAsync(
        ReadOnlyMemory<byte> content,
        string sourceName,
        EditionFormat? format = null,
        CancellationToken cancellationToken = default);
}
