using KzDiff.Core.Editions;

namespace KzDiff.Service.Editions;

/// <summary>
/// An edition read, hashed and parsed but not yet stored. Preparing is the CPU-heavy half of an
/// import and may run in parallel; storing is serialised.
/// </summary>
internal sealed record PreparedImport(string SourceName, ReadOnlyMemory<byte> Content, string Sha256, Edition? Parsed, ImportResult? Finished);
