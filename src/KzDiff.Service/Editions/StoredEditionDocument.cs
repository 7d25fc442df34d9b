using KzDiff.Core.Editions;

namespace KzDiff.Service.Editions;

/// <summary>A parsed edition as stored with its content (<see cref="StoredEditionJson"/>).</summary>
public sealed record StoredEditionDocument(EditionMetadata? Metadata, StoredSectionNode? Root);
