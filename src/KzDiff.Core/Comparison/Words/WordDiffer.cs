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
        var oldPieces = WordChunker.Instance.Chunk(oldText);
        var newPieces = WordChunker.Instance.Chunk(newText);
        if (oldPieces.Count + newPieces.Count > MaxPieces)
        {
            PrefixSuffixDiff(oldPieces, newPieces, builder);
            return builder.Build();
        }

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

        return builder.Build();
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
