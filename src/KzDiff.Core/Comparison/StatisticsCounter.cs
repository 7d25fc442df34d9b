using System.Collections.Immutable;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison;

/// <summary>
/// Totals over a comparison. A move is counted once, at its destination row; formatting-only
/// rows are counted apart and never as modified; added and removed sentences count as
/// substantive and add their words to the word totals.
/// </summary>
internal static class StatisticsCounter
{
    public static ComparisonStatistics Count(ImmutableArray<SectionChange> sections) => Count(sections, []);

    /// <summary>The totals, and per section the words its substantive rows added or removed.</summary>
    /// <param name="sections">The comparison's sections.</param>
    /// <param name="changedWords">
    /// One count per section, filled here when as long as <paramref name="sections"/>: the summary
    /// names the largest rewrites by them, and the words are counted here once for both.
    /// </param>
    public static ComparisonStatistics Count(ImmutableArray<SectionChange> sections, Span<int> changedWords)
    {
        int sUnchanged = 0, sModified = 0, sAdded = 0, sRemoved = 0;
        int unchanged = 0, modified = 0, moved = 0, added = 0, removed = 0;
        int wordsAdded = 0, wordsRemoved = 0, substantive = 0, routine = 0, formatting = 0;
        var perSection = changedWords.Length == sections.Length;
        for (var s = 0; s < sections.Length; s++)
        {
            var section = sections[s];
            switch (section.Status)
            {
                case SectionStatus.Unchanged: sUnchanged++; break;
                case SectionStatus.Modified: sModified++; break;
                case SectionStatus.Added: sAdded++; break;
                case SectionStatus.Removed: sRemoved++; break;
            }

            foreach (var row in section.Sentences)
            {
                if (row.Status == SentenceStatus.Moved && row.MovedFrom is null)
                {
                    continue;
                }

                var rowWords = 0;
                switch (row.Kind)
                {
                    case ChangeKind.Formatting: formatting++; break;
                    case ChangeKind.Routine: routine++; break;
                    case ChangeKind.Substantive: substantive++; break;
                }

                switch (row.Status)
                {
                    case SentenceStatus.Unchanged:
                        unchanged++;
                        break;
                    case SentenceStatus.Modified when row.Kind == ChangeKind.Formatting:
                        break;
                    case SentenceStatus.Modified:
                        modified++;
                        break;
                    case SentenceStatus.Moved:
                        moved++;
                        break;
                    case SentenceStatus.Added:
                        added++;
                        rowWords = TextFold.CountWords(row.New ?? string.Empty);
                        wordsAdded += rowWords;
                        break;
                    case SentenceStatus.Removed:
                        removed++;
                        rowWords = TextFold.CountWords(row.Old ?? string.Empty);
                        wordsRemoved += rowWords;
                        break;
                }

                if (row.Kind is ChangeKind.Substantive or ChangeKind.Routine)
                {
                    foreach (var edit in row.Words)
                    {
                        if (edit.Operation == WordOperation.Insert)
                        {
                            var words = TextFold.CountWords(edit.Text);
                            wordsAdded += words;
                            rowWords += words;
                        }
                        else if (edit.Operation == WordOperation.Delete)
                        {
                            var words = TextFold.CountWords(edit.Text);
                            wordsRemoved += words;
                            rowWords += words;
                        }
                    }
                }

                if (perSection && row.Kind == ChangeKind.Substantive)
                {
                    changedWords[s] += rowWords;
                }
            }
        }

        return new ComparisonStatistics(
            sUnchanged, sModified, sAdded, sRemoved, unchanged, modified, moved, added, removed,
            wordsAdded, wordsRemoved, substantive, routine, formatting);
    }
}
