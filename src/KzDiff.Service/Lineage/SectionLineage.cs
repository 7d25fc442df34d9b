namespace KzDiff.Service.Lineage;

/// <summary>A section of one stored edition with its lineage id.</summary>
public sealed record SectionLineage(string Path, string Title, string Level, int Depth, string LineageId, int Sentences, int Words);
