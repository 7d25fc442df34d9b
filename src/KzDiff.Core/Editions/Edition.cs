namespace KzDiff.Core.Editions;

/// <summary>A parsed edition: its metadata and its section tree.</summary>
public sealed record Edition(EditionMetadata Metadata, SectionNode Root);
