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
        var start = 0;
        while (start < text.Length)
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

            pieces.Add(text[start..end]);
            start = end;
        }

        return pieces;
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
