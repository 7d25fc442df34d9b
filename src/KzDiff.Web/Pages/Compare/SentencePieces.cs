using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Web.Pages.Compare;

/// <summary>Splits a sentence change into marked text pieces for the old and the new column.</summary>
public static class SentencePieces
{
    /// <summary>
    /// Word marks only inside a sentence that changed: a whole added or removed sentence is plain
    /// text (its row is tinted instead, so dropped text stays easy to read). A move shows its edits
    /// where the sentence arrived; its departure shows the old text alone, and its arrival no old
    /// text when nothing in it changed.
    /// </summary>
    public static (ImmutableArray<TextPiece> Old, ImmutableArray<TextPiece> New) For(SentenceChange sentence, string? query)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Status == SentenceStatus.Moved)
        {
            if (sentence.MovedTo is not null)
            {
                return (Split(sentence.Old, PieceStyle.Plain, query), []);
            }

            if (sentence.Words.IsDefaultOrEmpty || sentence.Old is null || sentence.New is null)
            {
                return ([], Split(sentence.New, PieceStyle.Plain, query));
            }
        }

        if (sentence.Words.IsDefaultOrEmpty || sentence.Old is null || sentence.New is null)
        {
            return (Split(sentence.Old, PieceStyle.Plain, query), Split(sentence.New, PieceStyle.Plain, query));
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
    /// One column of a word diff: equal runs plus the column's own edits. When the runs joined do
    /// not give back the sentence (the engine's runs may drop or normalise whitespace), each run is
    /// found in the sentence in turn and the sentence's own text fills the gaps, so the column always
    /// reads exactly as the edition printed it.
    /// </summary>
    private static ImmutableArray<TextPiece> Side(ImmutableArray<WordEdit> words, string sentence, WordOperation own, string? query)
    {
        var runs = words.Where(w => w.Operation == WordOperation.Equal || w.Operation == own).ToList();
        var pieces = ImmutableArray.CreateBuilder<TextPiece>();
        var exact = string.Concat(runs.Select(r => r.Text)) == sentence;
        var aligned = !exact;
        var cursor = 0;
        string? previous = null;
        foreach (var run in runs)
        {
            var style = run.Operation == WordOperation.Equal ? PieceStyle.Plain
                : own == WordOperation.Insert ? PieceStyle.Inserted : PieceStyle.Deleted;
            var text = run.Text;
            if (!exact)
            {
                var token = text.Trim();
                var at = !aligned || token.Length == 0 ? -1 : sentence.IndexOf(token, cursor, StringComparison.Ordinal);
                if (token.Length == 0 && aligned)
                {
                    continue;
                }

                if (at >= 0)
                {
                    if (at > cursor)
                    {
                        pieces.AddRange(Split(sentence[cursor..at], PieceStyle.Plain, query));
                    }

                    text = token;
                    cursor = at + token.Length;
                }
                else
                {
                    aligned = false;
                    if (previous is not null && NeedsSpace(previous, text))
                    {
                        pieces.Add(new TextPiece(" ", PieceStyle.Plain, false));
                    }
                }
            }

            pieces.AddRange(Split(text, style, query));
            previous = text;
        }

        if (aligned && cursor < sentence.Length)
        {
            pieces.AddRange(Split(sentence[cursor..], PieceStyle.Plain, query));
        }

        return pieces.ToImmutable();
    }

    private static bool NeedsSpace(string before, string after) =>
        before.Length > 0 && after.Length > 0
        && !char.IsWhiteSpace(before[^1]) && !char.IsWhiteSpace(after[0])
        && ".,;:!?)]\u201D'".IndexOf(after[0], StringComparison.Ordinal) < 0
        && "([\u201C".IndexOf(before[^1], StringComparison.Ordinal) < 0;
}
