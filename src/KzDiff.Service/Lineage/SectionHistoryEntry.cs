namespace KzDiff.Service.Lineage;

/// <summary>One year of a section's history: where it sat, what it was called, how long it was.</summary>
public sealed record SectionHistoryEntry(
    Guid EditionId,
    int Year,
    int Revision,
    string Path,
    string Title,
    string Level,
    int Sentences,
    int Words);
