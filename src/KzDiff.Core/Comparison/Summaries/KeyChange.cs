using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Core.Comparison.Summaries;

/// <summary>One of the most significant changes of a comparison, with where to find it.</summary>
/// <param name="Flag">The change's highest-scoring flag.</param>
/// <param name="Section">The section it is in (the newer edition's side when there is one): path and title.</param>
/// <param name="SectionIndex">Index of that section in <see cref="EditionComparison.Sections"/>.</param>
/// <param name="SentenceIndex">Index of the row in that section's <see cref="SectionChange.Sentences"/>, or null for a section-level flag.</param>
public sealed record KeyChange(ChangeFlag Flag, SectionReference Section, int SectionIndex, int? SentenceIndex);
