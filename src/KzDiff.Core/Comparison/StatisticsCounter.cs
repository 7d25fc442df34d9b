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
    public static ComparisonStatistics Count(ImmutableArray<SectionChange> sections)
    {
        int sUnchanged = 0, sModified = 0, sAdded = 0, sRemoved = 0;
        int unchanged = 0, modified = 0, moved = 0, added = 0, removed = 0;
        int wordsAdded = 0, wordsRemoved = 0, substantive = 0, routine = 0, formatting = 0;
        foreach (var section in sections)
        {
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
                        wordsAdded += TextFold.CountWords(row.New ?? string.Empty);
                        break;
                    case SentenceStatus.Removed:
                        removed++;
                        wordsRemoved += TextFold.CountWords(row.Old ?? string.Empty);
                        break;
                }

                if (row.Kind is ChangeKind.Substantive or ChangeKind.Routine)
                {
                    foreach (var edit in row.Words)
                    {
                        if (edit.Operation == WordOperation.Insert)
                        {
                            wordsAdded += TextFold.CountWords(edit.Text);
                        }
                        else if (edit.Operation == WordOperation.Delete)
                        {
                            wordsRemoved += TextFold.CountWords(edit.Text);
                        }
                    }
                }
            }
        }

        return new ComparisonStatistics(
            sUnchanged, sModified, sAdded, sRemoved, unchanged, modified, moved, added, removed,
            wordsAdded, wordsRemoved, substantive, routine, formatting);
    }
}
