using System.Collections.Immutable;
using DiffPlex;

namespace KzDiff.Core.Comparison.Words;

/// <summary>
/// Word-level diff of two sentences through DiffPlex, returned as KzDiff's immutable
/// <see cref="WordEdit"/> runs with adjacent runs of the same operation merged.
/// </summary>
public static class WordDiffer
{
    /// <summary>
    /// DiffPlex's Myers diff is O(N·D); beyond this many pieces a sentence is not prose (a
    /// 100 KB paragraph with no full stop) and is diffed as common prefix and suffix only.
    /// </summary>
    private const int MaxPieces = 4000;

    public static ImmutableArray<WordEdit> Diff(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var runs = new WordRuns(oldText, newText);
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            runs.AddEqual(0, 0, oldText.Length);
            return runs.Build();
        }

        // Most edits touch a few words of a long sentence: the common head and tail are found on
        // characters (snapped to spaces so no word is cut) and only the stretch between is
        // chunked and handed to DiffPlex.
        var (head, tail) = CommonEnds(oldText, newText);
        int oldEnd = oldText.Length - tail, newEnd = newText.Length - tail;
        runs.AddEqual(0, 0, head);
        if (oldEnd == head || newEnd == head)
        {
            runs.AddDelete(head, oldEnd - head);
            runs.AddInsert(head, newEnd - head);
        }
        else if (WordChunker.CountPieces(oldText.AsSpan(head, oldEnd - head)) + WordChunker.CountPieces(newText.AsSpan(head, newEnd - head)) > MaxPieces)
        {
            PrefixSuffixDiff(oldText[head..oldEnd], newText[head..newEnd], head, runs);
        }
        else
        {
            AddDiffPlexEdits(oldText[head..oldEnd], newText[head..newEnd], head, runs);
        }

        runs.AddEqual(oldEnd, newEnd, tail);
        return runs.Build();
    }

    /// <summary>Lengths of the common head and tail, cut at a space so both end on whole words.</summary>
    private static (int Head, int Tail) CommonEnds(string a, string b)
    {
        var max = Math.Min(a.Length, b.Length);
        var head = 0;
        while (head < max && a[head] == b[head])
        {
            head++;
        }

        while (head > 0 && !char.IsWhiteSpace(a[head - 1]))
        {
            head--;
        }

        var tail = 0;
        while (tail < max - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        while (tail > 0 && !char.IsWhiteSpace(a[a.Length - tail]))
        {
            tail--;
        }

        return (head, tail);
    }

    // The pieces concatenate back to their text (WordChunker), so a run of pieces is a stretch of
    // the sentence: positions are counted along, and no piece is copied.
    private static void AddDiffPlexEdits(string oldMiddle, string newMiddle, int offset, WordRuns runs)
    {
        var result = Differ.Instance.CreateDiffs(oldMiddle, newMiddle, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        int oldPiece = 0, oldAt = offset, newAt = offset;
        foreach (var block in result.DiffBlocks)
        {
            var equal = LengthOf(result.PiecesOld, oldPiece, block.DeleteStartA - oldPiece);
            runs.AddEqual(oldAt, newAt, equal);
            oldAt += equal;
            newAt += equal;

            var deleted = LengthOf(result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            runs.AddDelete(oldAt, deleted);
            oldAt += deleted;

            var inserted = LengthOf(result.PiecesNew, block.InsertStartB, block.InsertCountB);
            runs.AddInsert(newAt, inserted);
            newAt += inserted;
            oldPiece = block.DeleteStartA + block.DeleteCountA;
        }

        runs.AddEqual(oldAt, newAt, LengthOf(result.PiecesOld, oldPiece, result.PiecesOld.Count - oldPiece));
    }

    private static int LengthOf(IReadOnlyList<string> pieces, int start, int count)
    {
        var length = 0;
        for (var i = start; i < start + count; i++)
        {
            length += pieces[i].Length;
        }

        return length;
    }

    private static void PrefixSuffixDiff(string oldMiddle, string newMiddle, int offset, WordRuns runs)
    {
        var oldPieces = WordChunker.Instance.Chunk(oldMiddle);
        var newPieces = WordChunker.Instance.Chunk(newMiddle);
        var prefix = 0;
        var max = Math.Min(oldPieces.Count, newPieces.Count);
        while (prefix < max && oldPieces[prefix] == newPieces[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < max - prefix && oldPieces[^(suffix + 1)] == newPieces[^(suffix + 1)])
        {
            suffix++;
        }

        var head = LengthOf(oldPieces, 0, prefix);
        var tail = LengthOf(oldPieces, oldPieces.Count - suffix, suffix);
        runs.AddEqual(offset, offset, head);
        runs.AddDelete(offset + head, oldMiddle.Length - head - tail);
        runs.AddInsert(offset + head, newMiddle.Length - head - tail);
        runs.AddEqual(offset + oldMiddle.Length - tail, offset + newMiddle.Length - tail, tail);
    }
}
