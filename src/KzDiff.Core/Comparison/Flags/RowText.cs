using System.Collections.Immutable;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// What the rules read of one changed row: both sentences as tokens (one of them null for an
/// added or removed sentence), the hunks of the word diff, and how much of the sentence changed.
/// Quotes for explanations are cut from here so every rule quotes the same way. A comparison
/// loads its rows into one instance in turn (<see cref="Load"/>): the rules keep nothing of a
/// row, and a fresh object and hunk list per row were a fifth of what flagging allocated.
/// </summary>
internal sealed class RowText
{
    private const int MaxQuoteWords = 8;
    private readonly List<EditHunk> _hunks = [];
    private double _changedShare = -1;

    public SentenceReading? Old { get; private set; }

    public SentenceReading? New { get; private set; }

    public List<EditHunk> Hunks => _hunks;

    /// <summary>Replaces the row this holds; the hunks are those of <paramref name="words"/> when both sentences are there, else none.</summary>
    public void Load(SentenceReading? old, SentenceReading? @new, ImmutableArray<WordEdit> words)
    {
        Old = old;
        New = @new;
        _changedShare = -1;
        _hunks.Clear();
        if (old is not null && @new is not null)
        {
            EditHunks.AddTo(_hunks, words);
        }
    }

    /// <summary>Both sentences are there: a modified or moved-and-edited row.</summary>
    public bool IsPair => Old is not null && New is not null;

    /// <summary>Share of the longer sentence's words inside hunks, 0..1: near 1 is a rewrite, where a single word tells less.</summary>
    public double ChangedShare
    {
        get
        {
            // Only a rule that flags reads it: most rows never pay for the count.
            if (_changedShare < 0)
            {
                _changedShare = Old is null || New is null ? 1 : Share(Old, New, Hunks);
            }

            return _changedShare;
        }
    }

    /// <summary>
    /// Quotes a trigger: the hunk it sits in as "'old' → 'new'" when both sides are short, else
    /// the trigger itself with "added" or "removed".
    /// </summary>
    public string Describe(bool oldSide, int first, int last)
    {
        var reading = oldSide ? Old! : New!;
        var start = reading.Tokens[first].Start;
        var end = reading.Tokens[last].End;
        if (IsPair)
        {
            foreach (var hunk in Hunks)
            {
                var (s, e) = oldSide ? (hunk.OldStart, hunk.OldEnd) : (hunk.NewStart, hunk.NewEnd);
                if (s < end && e > start && hunk.HasOld && hunk.HasNew)
                {
                    var before = Clip(Old!.Text[hunk.OldStart..hunk.OldEnd]);
                    var after = Clip(New!.Text[hunk.NewStart..hunk.NewEnd]);
                    if (before is not null && after is not null)
                    {
                        return $"'{before}' → '{after}'";
                    }
                }
            }
        }

        return $"'{reading.Span(first, last)}' {(oldSide ? "removed" : "added")}";
    }

    /// <summary>True when any hunk touches the tokens on that side.</summary>
    public bool Touched(bool oldSide, int first, int last)
    {
        var reading = oldSide ? Old! : New!;
        var start = reading.Tokens[first].Start;
        var end = reading.Tokens[last].End;
        foreach (var hunk in Hunks)
        {
            var (s, e) = oldSide ? (hunk.OldStart, hunk.OldEnd) : (hunk.NewStart, hunk.NewEnd);
            if (s < end && e > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the tokens sit in a hunk that only deletes (old side) or only inserts (new side) more than a few words.</summary>
    public bool InLongOneSidedHunk(bool oldSide, int first, int last)
    {
        const int FewWords = 5;
        var reading = oldSide ? Old! : New!;
        var start = reading.Tokens[first].Start;
        var end = reading.Tokens[last].End;
        foreach (var hunk in Hunks)
        {
            var (s, e, other) = oldSide ? (hunk.OldStart, hunk.OldEnd, hunk.HasNew) : (hunk.NewStart, hunk.NewEnd, hunk.HasOld);
            if (s < end && e > start)
            {
                return !other && CountIn(reading, s, e) > FewWords;
            }
        }

        return false;
    }

    /// <summary>The text trimmed of spaces and edge punctuation, or null when empty or longer than a quote should be.</summary>
    private static string? Clip(string text)
    {
        var trimmed = text.Trim().Trim(',', ';', ':', '.', '(', ')', ' ');
        if (trimmed.Length == 0)
        {
            return null;
        }

        var words = 1;
        foreach (var c in trimmed)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words <= MaxQuoteWords ? trimmed : null;
    }

    private static double Share(SentenceReading old, SentenceReading @new, List<EditHunk> hunks)
    {
        int oldChanged = 0, newChanged = 0;
        foreach (var hunk in hunks)
        {
            oldChanged += CountIn(old, hunk.OldStart, hunk.OldEnd);
            newChanged += CountIn(@new, hunk.NewStart, hunk.NewEnd);
        }

        var total = Math.Max(1, Math.Max(old.Tokens.Length, @new.Tokens.Length));
        return Math.Min(1, Math.Max(oldChanged, newChanged) / (double)total);
    }

    private static int CountIn(SentenceReading reading, int start, int end)
    {
        var n = 0;
        for (var i = reading.TokenAt(start); i < reading.Tokens.Length && reading.Tokens[i].Start < end; i++)
        {
            n++;
        }

        return n;
    }
}
