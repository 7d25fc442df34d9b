using KzDiff.Core.Editions;

namespace KzDiff.Service.Lineage;

/// <summary>A stored edition next to the one being imported, with the lineage of each of its sections.</summary>
public sealed record NeighbourEdition(Edition Edition, IReadOnlyDictionary<string, string> LineageByPath);
