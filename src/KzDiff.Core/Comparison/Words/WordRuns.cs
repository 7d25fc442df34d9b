using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace KzDiff.Core.Comparison.Words;

/// <summary>
/// The runs of one word diff, kept as stretches of the two sentences until the end, so a run's
/// text is cut out once instead of being built up piece by piece: word diffs were a fifth of what
/// a whole comparison allocated. <see cref="Build"/> merges runs, and folds a lone space between
/// two changed runs into them, so "a b" → "c d" reads as one deletion and one insertion rather
/// than four fragments.
/// </summary>
internal sealed class WordRuns(string oldText, string newText)
{
    private readonly List<Run> _runs = [];

    public void AddEqual(int oldStart, int newStart, int length) => Add(_runs, new Run(WordOperation.Equal, oldStart, newStart, length));

    public void AddDelete(int oldStart, int length) => Add(_runs, new Run(WordOperation.Delete, oldStart, -1, length));

    public void AddInsert(int newStart, int length) => Add(_runs, new Run(WordOperation.Insert, -1, newStart, length));

    public ImmutableArray<WordEdit> Build()
    {
        var merged = new List<Run>(_runs.Count);
        for (var i = 0; i < _runs.Count; i++)
        {
            var run = _runs[i];
            var isLoneSpace = run.Operation == WordOperation.Equal
                && i > 0 && i + 1 < _runs.Count
                && _runs[i - 1].Operation != WordOperation.Equal && _runs[i + 1].Operation != WordOperation.Equal
                && IsSpace(run);
            if (isLoneSpace)
            {
                AppendTo(merged, run.As(WordOperation.Delete));
                AppendTo(merged, run.As(WordOperation.Insert));
                continue;
            }

            AppendTo(merged, run);
        }

        var result = ImmutableArray.CreateBuilder<WordEdit>(merged.Count);
        foreach (var run in merged)
        {
            result.Add(new WordEdit(run.Operation, TextOf(run)));
        }

        return result.MoveToImmutable();
    }

    private void Add(List<Run> runs, Run run)
    {
        if (run.Length == 0)
        {
            return;
        }

        if (runs.Count > 0 && runs[^1].Operation == run.Operation)
        {
            CollectionsMarshal.AsSpan(runs)[^1] = Join(runs[^1], run);
            return;
        }

        runs.Add(run);
    }

    private void AppendTo(List<Run> runs, Run run)
    {
        if (runs.Count > 0 && runs[^1].Operation == run.Operation)
        {
            Add(runs, run);
            return;
        }

        // Inside one changed stretch, all deleted text goes to one run and all inserted to another.
        for (var k = runs.Count - 1; k >= 0 && runs[k].Operation != WordOperation.Equal; k--)
        {
            if (runs[k].Operation == run.Operation)
            {
                CollectionsMarshal.AsSpan(runs)[k] = Join(runs[k], run);
                return;
            }
        }

        runs.Add(run);
    }

    // Runs of one operation are contiguous in their sentence (the diff walks both in order), so a
    // join only moves the end; the copy is there should a join ever not be.
    private Run Join(Run first, Run second)
    {
        var oldStart = first.OldStart >= 0 && second.OldStart == first.OldStart + first.Length ? first.OldStart : -1;
        var newStart = first.NewStart >= 0 && second.NewStart == first.NewStart + first.Length ? first.NewStart : -1;
        if (first.Copy is null && (oldStart >= 0 || newStart >= 0))
        {
            return first with { OldStart = oldStart, NewStart = newStart, Length = first.Length + second.Length };
        }

        var copy = new StringBuilder(TextOf(first)).Append(TextOf(second));
        return new Run(first.Operation, -1, -1, copy.Length) { Copy = copy };
    }

    private string TextOf(Run run) => run.Copy?.ToString()
        ?? (run.OldStart >= 0 ? oldText.Substring(run.OldStart, run.Length) : newText.Substring(run.NewStart, run.Length));

    private bool IsSpace(Run run)
    {
        var text = run.Copy is not null ? run.Copy.ToString().AsSpan()
            : run.OldStart >= 0 ? oldText.AsSpan(run.OldStart, run.Length) : newText.AsSpan(run.NewStart, run.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A stretch of the old sentence, the new one or both (-1 where not), or text joined from stretches that did not meet.</summary>
    private readonly record struct Run(WordOperation Operation, int OldStart, int NewStart, int Length)
    {
        public StringBuilder? Copy { get; init; }

        // An equal run read as deleted or inserted: a stretch of that side's sentence, or a copy of its own.
        public Run As(WordOperation operation) => Copy is not null
            ? new Run(operation, -1, -1, Length) { Copy = new StringBuilder(Copy.ToString()) }
            : operation == WordOperation.Delete ? this with { Operation = operation, NewStart = -1 } : this with { Operation = operation, OldStart = -1 };
    }
}
