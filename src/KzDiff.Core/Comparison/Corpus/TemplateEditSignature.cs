using System.Text;

namespace KzDiff.Core.Comparison.Corpus;

/// <summary>
/// A sentence edit reduced to what another report could repeat word for word: each changed run
/// with the two unchanged words around it ("of persons [-LGBTI +LGBTQI+] and"), case folded.
/// Country names, dates and figures around the edit are left out, so the same boilerplate edit in
/// two reports gets the same signature.
/// </summary>
internal static class TemplateEditSignature
{
    /// <summary>Changed words below this length (letters) are too common to tell one edit from another.</summary>
    private const int MinChangedLetters = 4;

    public static string? Of(SentenceChange row)
    {
        if (row.Status != SentenceStatus.Modified || row.Words.IsDefaultOrEmpty || row.Kind == ChangeKind.Formatting)
        {
            return null;
        }

        var words = row.Words;
        var builder = new StringBuilder();
        var changedLetters = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var edit = words[i];
            if (edit.Operation == WordOperation.Equal)
            {
                continue;
            }

            var before = i > 0 && words[i - 1].Operation == WordOperation.Equal ? LastWords(words[i - 1].Text, 2) : "";
            var after = i + 1 < words.Length && words[i + 1].Operation == WordOperation.Equal ? FirstWords(words[i + 1].Text, 2) : "";
            if (i == 0 || words[i - 1].Operation == WordOperation.Equal)
            {
                if (builder.Length > 0)
                {
                    builder.Append(" … ");
                }

                builder.Append(before).Append(" [");
            }

            builder.Append(edit.Operation == WordOperation.Insert ? '+' : '-').Append(Fold(edit.Text)).Append(' ');
            changedLetters += edit.Text.Count(char.IsLetter);
            if (i + 1 == words.Length || words[i + 1].Operation == WordOperation.Equal)
            {
                builder.Append("] ").Append(after);
            }
        }

        return changedLetters >= MinChangedLetters ? builder.ToString().Trim() : null;
    }

    private static string Fold(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string LastWords(string text, int count)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Skip(Math.Max(0, parts.Length - count))).ToLowerInvariant();
    }

    private static string FirstWords(string text, int count)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Take(count)).ToLowerInvariant();
    }
}
