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
