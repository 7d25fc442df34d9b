using System.Collections.Immutable;

namespace KzDiff.Core.Comparison;

/// <summary>Counts over a whole comparison; formatting-only changes are not counted as changes.</summary>
public sealed record ComparisonStatistics(
    int SectionsUnchanged,
    int SectionsModified,
    int SectionsAdded,
    int SectionsRemoved,
    int SentencesUnchanged,
    int SentencesModified,
    int SentencesMoved,
    int SentencesAdded,
    int SentencesRemoved,
    int WordsAdded,
    int WordsRemoved,
    int SubstantiveChanges,
    int RoutineChanges,
    int FormattingChanges)
{
    /// <summary>The same counts over some sections of a comparison (a section and what lies under it).</summary>
    public static ComparisonStatistics Of(ImmutableArray<SectionChange> sections) => StatisticsCounter.Count(sections);
}
