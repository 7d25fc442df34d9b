using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Web.Pages.Compare;

/// <summary>Splits a sentence change into marked text pieces for the old and the new column.</summary>
public static class SentencePieces
{
    public static (ImmutableArray<TextPiece> Old, ImmutableArray<TextPiece> New) For(SentenceChange sentence, string? query)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Words.IsDefaultOrEmpty || sentence.Old is null || sentence.New is null)
        {
            var oldStyle = sentence.Status == SentenceStatus.Removed ? PieceStyle.Deleted : PieceStyle.Plain;
            var newStyle = sentence.Status == SentenceStatus.Added ? PieceStyle.Inserted : PieceStyle.Plain;
            return (Split(sentence.Old, oldStyle, query), Split(sentence.New, newStyle, query));
        }

        return (Side(sentence.Words, sentence.Old, WordOperation.Delete, query), Side(sentence.Words, sentence.New, WordOperation.Insert, query));
    }

    /// <summary>One text as pieces, the runs matching <paramref name="query"/> flagged.</summary>
    public static ImmutableArray<TextPiece> Split(string? text, PieceStyle style, string? query)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        if (string.IsNullOrEmpty(query))
        {
            return [new TextPiece(text, style, false)];
        }

        var pieces = ImmutableArray.CreateBuilder<TextPiece>();
        var start = 0;
        while (start < text.Length)
        {
            var hit = text.IndexOf(query, start, StringComparison.OrdinalIgnoreCase);
            if (hit < 0)
            {
                pieces.Add(new TextPiece(text[start..], style, false));
                break;
            }

            if (hit > start)
            {
                pieces.Add(new TextPiece(text[start..hit], style, false));
            }

            pieces.Add(new TextPiece(text.Substring(hit, query.Length), style, true));
            start = hit + query.Length;
        }

        return pieces.ToImmutable();
    }

    /// <summary>
    /// One column of a word diff: equal runs plus the column's own edits. The engine's runs may or
    /// may not carry the spaces between words; when joining them does not give back the sentence,
    /// a space goes between runs that would otherwise glue two words together.
    /// </summary>
    private static ImmutableArray<TextPiece> Side(ImmutableArray<WordEdit> words, string sentence, WordOperation own, string? query)
    {
        var runs = words.Where(w => w.Operation == WordOperation.Equal || w.Operation == own).ToList();
        var spaced = string.Concat(runs.Select(r => r.Text)) != sentence;
        var pieces = ImmutableArray.CreateBuilder<TextPiece>();
        string? previous = null;
        foreach (var run in runs)
        {
            if (spaced && previous is not null && NeedsSpace(previous, run.Text))
            {
                pieces.Add(new TextPiece(" ", PieceStyle.Plain, false));
            }

            var style = run.Operation == WordOperation.Equal ? PieceStyle.Plain
                : own == WordOperation.Insert ? PieceStyle.Inserted : PieceStyle.Deleted;
            pieces.AddRange(Split(run.Text, style, query));
            previous = run.Text;
        }

        return pieces.ToImmutable();
    }

    private static bool NeedsSpace(string before, string after) =>
        before.Length > 0 && after.Length > 0
        && !char.IsWhiteSpace(before[^1]) && !char.IsWhiteSpace(after[0])
        && ".,;:!?)]\u201D'".IndexOf(after[0], StringComparison.Ordinal) < 0
        && "([\u201C".IndexOf(before[^1], StringComparison.Ordinal) < 0;
}
