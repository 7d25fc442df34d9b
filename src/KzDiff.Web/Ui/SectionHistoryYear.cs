namespace KzDiff.Web.Ui;

/// <summary>One section lineage in one stored year.</summary>
/// <param name="Year">The edition's year.</param>
/// <param name="Title">The section's title as printed that year.</param>
/// <param name="Path">The section's path in that edition.</param>
/// <param name="Sentences">Sentences in the section's own text.</param>
/// <param name="Words">Words in the section's own text.</param>
public sealed record SectionHistoryYear(int Year, string Title, string Path, int Sentences, int Words);
