namespace KzDiff.Service.Storage;

/// <summary>One stored edition (one revision of one country's report for one year), without its bulky content.</summary>
public sealed class EditionRecord
{
    public Guid Id { get; set; }

    public required string CountryKey { get; set; }

    public required string CountryName { get; set; }

    public int Year { get; set; }

    /// <summary>1 for the first text stored for this country and year; a different text later becomes 2, and so on.</summary>
    public int Revision { get; set; }

    public required string Sha256 { get; set; }

    public required string SourceName { get; set; }

    public required string Format { get; set; }

    public int SectionCount { get; set; }

    public int ParagraphCount { get; set; }

    public int SentenceCount { get; set; }

    public int WordCount { get; set; }

    public DateTime ImportedAt { get; set; }
}
