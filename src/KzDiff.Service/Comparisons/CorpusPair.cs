namespace KzDiff.Service.Comparisons;

/// <summary>A stored country with editions for both years of a corpus: the latest revision of each.</summary>
public sealed record CorpusPair(string Country, Guid FromEditionId, Guid ToEditionId);
