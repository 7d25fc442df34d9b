using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Service.Review;

/// <summary>One flag in the review queue: the change it is about and where its review stands.</summary>
/// <param name="Id">The flag's content-derived id.</param>
/// <param name="Kind">"number", "quantity", ... as the contract spells it.</param>
/// <param name="Score">0..1.</param>
/// <param name="Explanation">What triggered the flag.</param>
/// <param name="Country">The country key.</param>
/// <param name="CountryName">The country as the newer edition prints it.</param>
/// <param name="FromYear">The older edition's year.</param>
/// <param name="ToYear">The newer edition's year.</param>
/// <param name="Section">The newer edition's section (the older one's for a removed section).</param>
/// <param name="OldSection">The older edition's section, or null for an added one.</param>
/// <param name="RowStatus">"modified", "added", "removed", "moved", or "section" for a section-level flag.</param>
/// <param name="Old">The older sentence, or null.</param>
/// <param name="New">The newer sentence, or null.</param>
/// <param name="Words">The word edits of the row, empty when the text is not a modification.</param>
/// <param name="Anchor">The compare page's fragment of the row.</param>
/// <param name="ComparisonId">The stored comparison the flag was taken from.</param>
/// <param name="Decision">The latest decision, or null while nobody decided (state open, version 0).</param>
public sealed record ReviewItem(
    string Id,
    string Kind,
    double Score,
    string Explanation,
    string Country,
    string CountryName,
    int FromYear,
    int ToYear,
    SectionReference Section,
    SectionReference? OldSection,
    string RowStatus,
    string? Old,
    string? New,
    ImmutableArray<WordEdit> Words,
    string Anchor,
    Guid ComparisonId,
    ReviewDecision? Decision)
{
    public string State => Decision?.State ?? ReviewStates.Open;

    public int Version => Decision?.Version ?? 0;
}
