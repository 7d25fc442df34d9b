using System.Collections.Immutable;

namespace KzDiff.Core.Comparison.Text;

/// <summary>Groups the word edits of a sentence pair into <see cref="EditHunk"/>s.</summary>
internal static class EditHunks
{
    public static List<EditHunk> From(ImmutableArray<WordEdit> words)
    {
        var hunks = new List<EditHunk>();
        AddTo(hunks, words);
        return hunks;
    }

    /// <summary>Adds the hunks of <paramref name="words"/> to <paramref name="hunks"/>, so a caller may reuse one list.</summary>
    public static void AddTo(List<EditHunk> hunks, ImmutableArray<WordEdit> words)
    {
        int oldAt = 0, newAt = 0;
        int oldStart = -1, newStart = -1;
        foreach (var edit in words)
        {
            var length = edit.Text.Length;
            if (edit.Operation == WordOperation.Equal)
            {
                Close();
                oldAt += length;
                newAt += length;
                continue;
            }

            if (oldStart < 0)
            {
                oldStart = oldAt;
                newStart = newAt;
            }

            if (edit.Operation == WordOperation.Delete)
            {
                oldAt += length;
            }
            else
            {
                newAt += length;
            }
        }

        Close();

        void Close()
        {
            if (oldStart >= 0)
            {
                hunks.Add(new EditHunk(oldStart, oldAt, newStart, newAt));
                oldStart = -1;
                newStart = -1;
            }
        }
    }
}
