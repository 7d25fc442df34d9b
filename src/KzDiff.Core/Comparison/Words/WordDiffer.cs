using System.Collections.Immutable;
using System.Text;
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
        var builder = new EditBuilder();
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            builder.Add(WordOperation.Equal, oldText);
            return builder.Build();
        }

        // Most edits touch a few words of a long sentence: the common head and tail are found on
        // characters (snapped to spaces so no word is cut) and only the stretch between is
        // chunked and handed to DiffPlex.
        var (head, tail) = CommonEnds(oldText, newText);
        builder.Add(WordOperation.Equal, oldText[..head]);
        var oldMiddle = oldText[head..^tail];
        var newMiddle = newText[head..^tail];
        if (oldMiddle.Length == 0 || newMiddle.Length == 0)
        {
            builder.Add(WordOperation.Delete, oldMiddle);
            builder.Add(WordOperation.Insert, newMiddle);
        }
        else
        {
            var oldPieces = WordChunker.Instance.Chunk(oldMiddle);
            var newPieces = WordChunker.Instance.Chunk(newMiddle);
            if (oldPieces.Count + newPieces.Count > MaxPieces)
            {
                PrefixSuffixDiff(oldPieces, newPieces, builder);
            }
            else
            {
                AddDiffPlexEdits(oldMiddle, newMiddle, builder);
            }
        }

        builder.Add(WordOperation.Equal, oldText[^tail..]);
        return builder.Build();
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

    private static void AddDiffPlexEdits(string oldText, string newText, EditBuilder builder)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var oldPosition = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; oldPosition < block.DeleteStartA; oldPosition++)
            {
                builder.Add(WordOperation.Equal, result.PiecesOld[oldPosition]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                builder.Add(WordOperation.Delete, result.PiecesOld[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                builder.Add(WordOperation.Insert, result.PiecesNew[block.InsertStartB + i]);
            }

            oldPosition = block.DeleteStartA + block.DeleteCountA;
        }

        for (; oldPosition < result.PiecesOld.Count; oldPosition++)
        {
            builder.Add(WordOperation.Equal, result.PiecesOld[oldPosition]);
        }
    }

    private static void PrefixSuffixDiff(IReadOnlyList<string> oldPieces, IReadOnlyList<string> newPieces, EditBuilder builder)
    {
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

        for (var i = 0; i < prefix; i++)
        {
            builder.Add(WordOperation.Equal, oldPieces[i]);
        }

        for (var i = prefix; i < oldPieces.Count - suffix; i++)
        {
            builder.Add(WordOperation.Delete, oldPieces[i]);
        }

        for (var i = prefix; i < newPieces.Count - suffix; i++)
        {
            builder.Add(WordOperation.Insert, newPieces[i]);
        }

        for (var i = oldPieces.Count - suffix; i < oldPieces.Count; i++)
        {
            builder.Add(WordOperation.Equal, oldPieces[i]);
        }
    }

    /// <summary>
    /// Merges runs, and folds a lone space between two changed runs into them, so "a b" → "c d"
    /// reads as one deletion and one insertion rather than four fragments.
    /// </summary>
    private sealed class EditBuilder
    {
        private readonly List<(WordOperation Operation, StringBuilder Text)> _runs = [];

        public void Add(WordOperation operation, string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (_runs.Count > 0 && _runs[^1].Operation == operation)
            {
                _runs[^1].Text.Append(text);
                return;
            }

            _runs.Add((operation, new StringBuilder(text)));
        }

        public ImmutableArray<WordEdit> Build()
        {
            var merged = new List<(WordOperation Operation, StringBuilder Text)>();
            for (var i = 0; i < _runs.Count; i++)
            {
                var run = _runs[i];
                var isLoneSpace = run.Operation == WordOperation.Equal && IsSpace(run.Text)
                    && i > 0 && i + 1 < _runs.Count
                    && _runs[i - 1].Operation != WordOperation.Equal && _runs[i + 1].Operation != WordOperation.Equal;
                if (isLoneSpace)
                {
                    AppendTo(merged, WordOperation.Delete, run.Text.ToString());
                    AppendTo(merged, WordOperation.Insert, run.Text.ToString());
                    continue;
                }

                AppendTo(merged, run.Operation, run.Text.ToString());
            }

            var result = ImmutableArray.CreateBuilder<WordEdit>(merged.Count);
            foreach (var (operation, text) in merged)
            {
                result.Add(new WordEdit(operation, text.ToString()));
            }

            return result.MoveToImmutable();
        }

        private static void AppendTo(List<(WordOperation Operation, StringBuilder Text)> runs, WordOperation operation, string text)
        {
            if (runs.Count > 0 && runs[^1].Operation == operation)
            {
                runs[^1].Text.Append(text);
                return;
            }

            // Inside one changed stretch, all deleted text goes to one run and all inserted to another.
            for (var k = runs.Count - 1; k >= 0 && runs[k].Operation != WordOperation.Equal; k--)
            {
                if (runs[k].Operation == operation)
                {
                    runs[k].Text.Append(text);
                    return;
                }
            }

            runs.Add((operation, new StringBuilder(text)));
        }

        private static bool IsSpace(StringBuilder text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
