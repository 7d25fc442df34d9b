using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Core.Review;

/// <summary>One flag of a comparison, with its review id and where it stands.</summary>
/// <param name="Id">The content-derived id (<see cref="FlagIds"/>).</param>
/// <param name="Flag">Kind, score and explanation.</param>
/// <param name="Section">The section pair the flag belongs to.</param>
/// <param name="Sentence">The flagged sentence row; null for a section-level flag.</param>
/// <param name="Anchor">The compare page's fragment of the row (or of the section).</param>
public sealed record FlaggedChange(string Id, ChangeFlag Flag, SectionChange Section, SentenceChange? Sentence, string Anchor)
{
    /// <summary>The newer edition's side of the section when there is one, as the compare page names it.</summary>
    public SectionReference Where => Section.New ?? Section.Old ?? new SectionReference("", "");
}
