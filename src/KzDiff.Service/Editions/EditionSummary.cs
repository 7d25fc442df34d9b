namespace KzDiff.Service.Editions;

/// <summary>A stored edition as lists show it.</summary>
/// <param name="IsLatest">True for the newest revision of its country and year, the one comparisons use.</param>
public sealed record EditionSummary(
    Guid Id,
    string Country,
    string CountryName,
    int Year,
    int Revision,
    bool IsLatest,
    string Sha256,
    string SourceName,
    string Format,
    int Sections,
    int Paragraphs,
    int Sentences,
    int Words,
    DateTime ImportedAt);
