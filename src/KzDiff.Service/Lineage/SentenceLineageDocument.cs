namespace KzDiff.Service.Lineage;

/// <summary>The sentence lineage of one edition, as <c>GET /api/lineage/{country}/{year}</c> sends it and the store keeps it.</summary>
public sealed record SentenceLineageDocument(string Country, int Year, int Revision, IReadOnlyList<SentenceLineageItem> Items);
