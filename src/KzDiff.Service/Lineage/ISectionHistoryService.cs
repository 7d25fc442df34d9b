namespace KzDiff.Service.Lineage;

/// <summary>Follows sections across years through renames and moves.</summary>
public interface ISectionHistoryService
{
    /// <summary>The lineage's section in every stored year, or null when the country has no such lineage.</summary>
    Task<SectionHistory?> GetHistoryAsync(string country, string lineageId, CancellationToken cancellationToken = default);

    /// <summary>Every section of an edition, in document order, with its lineage id (to link a section to its history).</summary>
    Task<IReadOnlyList<SectionLineage>> ListSectionsAsync(Guid editionId, CancellationToken cancellationToken = default);
}
