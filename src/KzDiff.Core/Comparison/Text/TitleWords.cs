namespace KzDiff.Core.Comparison.Text;

/// <summary>
/// The content words of a heading, for title similarity: stop words dropped and a plural "s"
/// trimmed so "Protection of Refugees" and "Protection to Refugee" share every word.
/// </summary>
internal static class TitleWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "including", "into", "of", "on", "or",
        "other", "the", "to", "with", "without", "section",
    };

    public static ulong[] From(string key)
    {
        var words = new List<ulong>();
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var letter = i < key.Length && char.IsLetterOrDigit(key[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                Add(words, key.AsSpan(start, i - start));
                start = -1;
            }
        }

        return TextFold.DistinctSorted([.. words]);
    }

    /// <summary>
    /// The heading reduced to what a reader would call its name: numbering, parenthesised
    /// asides ("(IDPs)"), stop words, case, punctuation and plural "s" dropped, words run
    /// together so "Anti-Semitism" and "Antisemitism" agree. Two titles with the same rename key
    /// are the same title.
    /// </summary>
    public static string RenameKey(string title)
    {
        var text = new System.Text.StringBuilder(title.Length);
        var depth = 0;
        foreach (var c in title)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                text.Append(c);
            }
        }

        var key = new System.Text.StringBuilder(title.Length);
        var first = true;
        foreach (var word in text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = TextFold.LooseKey(word);
            var numbering = first && (letters.Length == 1 || letters.All(char.IsDigit));
            first = false;
            if (letters.Length == 0 || numbering || StopWords.Contains(letters))
            {
                continue;
            }

            key.Append(letters.Length > 3 && letters[^1] == 's' && letters[^2] != 's' ? letters[..^1] : letters);
        }

        return key.ToString();
    }

    private static void Add(List<ulong> words, ReadOnlySpan<char> word)
    {
        var lower = word.ToString().ToLowerInvariant();
        if (StopWords.Contains(lower))
        {
            return;
        }

        if (lower.Length > 3 && lower[^1] == 's' && lower[^2] != 's')
        {
            lower = lower[..^1];
        }

        words.Add(TextFold.SqueezeHash(lower));
    }
}
