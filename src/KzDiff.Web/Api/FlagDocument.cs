using KzDiff.Core.Rendering.Contract;
using KzDiff.Service.Review;

namespace KzDiff.Web.Api;

/// <summary>One flag of the review queue as the API writes it.</summary>
/// <param name="Id">Derived from the content (country, years, section path, both sentences, kind): the same after a recomputation or re-import.</param>
/// <param name="Kind">"number", "quantity", "polarity", "attribution", "term", "entity" or "section".</param>
/// <param name="Score">0..1; ranks flags within a comparison.</param>
/// <param name="Explanation">What triggered the flag.</param>
/// <param name="State">"open", "confirmed", "dismissed" or "needs-second-review".</param>
/// <param name="Version">0 while undecided; send it back as expectedVersion to decide.</param>
/// <param name="Section">The newer edition's section (the older one's for a removed section).</param>
/// <param name="Old">The older sentence, or null.</param>
/// <param name="New">The newer sentence, or null.</param>
/// <param name="OldSection">The older edition's section, or null for an added one.</param>
/// <param name="Country">The country key.</param>
/// <param name="From">The older year.</param>
/// <param name="To">The newer year.</param>
/// <param name="ComparePath">The flagged row on the compare page.</param>
/// <param name="ComparisonId">The stored comparison the flag was taken from (its evidence: /api/comparisons/{id}/evidence).</param>
/// <param name="Decision">The latest decision (who, when, note), or null while undecided.</param>
public sealed record FlagDocument(
    string Id,
    string Kind,
    double Score,
    string Explanation,
    string State,
    int Version,
    SectionReferenceContract Section,
    string? Old,
    string? New,
    SectionReferenceContract? OldSection,
    string Country,
    int From,
    int To,
    string ComparePath,
    Guid ComparisonId,
    DecisionDocument? Decision)
{
    public static FlagDocument Of(ReviewItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(
            item.Id,
            item.Kind,
            item.Score,
            item.Explanation,
            item.State,
            item.Version,
            new SectionReferenceContract { Path = item.Section.Path, Title = item.Section.Title },
            item.Old,
            item.New,
            item.OldSection is { } old ? new SectionReferenceContract { Path = old.Path, Title = old.Title } : null,
            item.Country,
            item.FromYear,
            item.ToYear,
            ComparePathOf(item),
            item.ComparisonId,
            item.Decision is null ? null : DecisionDocument.From(item.Decision));
    }

    /// <summary>The flagged row on the compare page: <c>/compare/{country}/{from}..{to}#c-…</c>.</summary>
    public static string ComparePathOf(ReviewItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"/compare/{Uri.EscapeDataString(item.Country)}/{item.FromYear}..{item.ToYear}#{item.Anchor}";
    }
}
