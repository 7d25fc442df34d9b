namespace KzDiff.Service.Storage;

/// <summary>
/// One flag of the stored comparisons as the review queue lists it, written when a comparison is
/// stored (or on the first query after, for comparisons stored before the queue existed), so that
/// the queue is one indexed query, never a scan of every comparison's JSON. Keyed by the flag's
/// content-derived id: the same change found by several comparisons (another engine version, the
/// same text re-imported) is one row, taken from the most recently computed comparison.
/// </summary>
public sealed class ReviewFlagRecord
{
    public required string Id { get; set; }

    /// <summary>The comparison the row was last taken from; its evidence export includes this flag.</summary>
    public Guid ComparisonId { get; set; }

    /// <summary>When that comparison was computed; an older comparison never overwrites a newer one's row.</summary>
    public DateTime ComparisonCompletedAt { get; set; }

    public required string CountryKey { get; set; }

    public required string CountryName { get; set; }

    public int FromYear { get; set; }

    public int ToYear { get; set; }

    /// <summary>"number", "quantity", ... as the contract spells it.</summary>
    public required string Kind { get; set; }

    public double Score { get; set; }

    public required string Explanation { get; set; }

    /// <summary>The newer edition's section path (the older one's for a removed section).</summary>
    public required string SectionPath { get; set; }

    public required string SectionTitle { get; set; }

    public string? OldSectionPath { get; set; }

    public string? OldSectionTitle { get; set; }

    /// <summary>"modified", "added", ... of the sentence row; "section" for a section-level flag.</summary>
    public required string RowStatus { get; set; }

    public string? OldText { get; set; }

    public string? NewText { get; set; }

    /// <summary>The row's word edits (<c>WordEditContract</c>s as JSON), for the marks; null without any.</summary>
    public string? WordsJson { get; set; }

    /// <summary>The compare page's fragment of the row or section.</summary>
    public required string Anchor { get; set; }
}
