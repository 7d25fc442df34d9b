namespace KzDiff.Web.Ui;

/// <summary>What the section history page reads.</summary>
public interface ISectionHistoryView
{
    /// <summary>The lineage across years, or null when the country or lineage is unknown.</summary>
    Task<SectionHistory?> GetHistoryAsync(string countryKey, string lineageId, CancellationToken cancellationToken);
}
