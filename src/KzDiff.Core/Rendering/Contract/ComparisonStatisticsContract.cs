using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>The <c>stats</c> object: totals over the whole comparison.</summary>
public sealed record ComparisonStatisticsContract
{
    public required int SectionsUnchanged { get; init; }

    public required int SectionsModified { get; init; }

    public required int SectionsAdded { get; init; }

    public required int SectionsRemoved { get; init; }

    public required int SentencesUnchanged { get; init; }

    public required int SentencesModified { get; init; }

    public required int SentencesMoved { get; init; }

    public required int SentencesAdded { get; init; }

    public required int SentencesRemoved { get; init; }

    public required int WordsAdded { get; init; }

    public required int WordsRemoved { get; init; }

    public required int SubstantiveChanges { get; init; }

    public required int RoutineChanges { get; init; }

    public required int FormattingChanges { get; init; }

    public static ComparisonStatisticsContract From(ComparisonStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new ComparisonStatisticsContract
        {
            SectionsUnchanged = s.SectionsUnchanged,
            SectionsModified = s.SectionsModified,
            SectionsAdded = s.SectionsAdded,
            SectionsRemoved = s.SectionsRemoved,
            SentencesUnchanged = s.SentencesUnchanged,
            SentencesModified = s.SentencesModified,
            SentencesMoved = s.SentencesMoved,
            SentencesAdded = s.SentencesAdded,
            SentencesRemoved = s.SentencesRemoved,
            WordsAdded = s.WordsAdded,
            WordsRemoved = s.WordsRemoved,
            SubstantiveChanges = s.SubstantiveChanges,
            RoutineChanges = s.RoutineChanges,
            FormattingChanges = s.FormattingChanges,
        };
    }

    public ComparisonStatistics ToStatistics() => new(
        SectionsUnchanged,
        SectionsModified,
        SectionsAdded,
        SectionsRemoved,
        SentencesUnchanged,
        SentencesModified,
        SentencesMoved,
        SentencesAdded,
        SentencesRemoved,
        WordsAdded,
        WordsRemoved,
        SubstantiveChanges,
        RoutineChanges,
        FormattingChanges);
}
