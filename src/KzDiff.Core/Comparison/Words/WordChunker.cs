using DiffPlex;

namespace KzDiff.Core.Comparison.Words;

/// <summary>
/// Cuts a sentence into words, runs of spaces and single punctuation marks, so the pieces
/// concatenate back to the sentence exactly and "2018," diffs as "2018" plus ",".
/// </summary>
internal sealed class WordChunker : IChunker
{
    public static WordChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var pieces = new List<string>(text.Length / 4);
        for (int start = 0, end; start < text.Length; start = end)
        {
            end = PieceEnd(text, start);
            pieces.Add(text[start..end]);
        }

        return pieces;
    }

    /// <summary>How many pieces <see cref="Chunk"/> cuts the text into, without cutting it.</summary>
    public static int CountPieces(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var start = 0; start < text.Length; start = PieceEnd(text, start))
        {
            count++;
        }

        return count;
    }

    private static int PieceEnd(ReadOnlySpan<char> text, int start)
    {
        var kind = KindOf(text[start]);
        var end = start + 1;
        if (kind != CharKind.Punctuation)
        {
            while (end < text.Length && KindOf(text[end]) == kind)
            {
                end++;
            }
        }

        return end;
    }

    private static CharKind KindOf(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return CharKind.Word;
        }

        return char.IsWhiteSpace(c) ? CharKind.Space : CharKind.Punctuation;
    }

    private enum CharKind
    {
        Word,
        Space,
        Punctuation,
    }
}
