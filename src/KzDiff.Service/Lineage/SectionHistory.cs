namespace KzDiff.Service.Lineage;

/// <summary>One section followed across every stored year of a country (latest revision of each year), oldest first.</summary>
public sealed record SectionHistory(string Country, string LineageId, IReadOnlyList<SectionHistoryEntry> Years)
{
    /// <summary>The most recent title, the one a reader looks for.</summary>
    public string CurrentTitle => Years.Count == 0 ? string.Empty : Years[^1].Title;
}
