using System.Globalization;

namespace KzDiff.Web.Ui;

/// <summary>Page titles in title case ("Sign In", "Prison and Detention Center Conditions"), whatever case the report printed.</summary>
public static class TitleCase
{
    // Short function words stay lower case inside a title (Chicago style).
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "per", "the", "to", "via", "vs", "with",
    };

    public static string Of(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        // A heading printed in capitals ("EXECUTIVE SUMMARY") is read as words, not acronyms.
        var shouting = title.Any(char.IsLetter) && !title.Any(char.IsLower);
        var words = title.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = shouting ? words[i].ToLowerInvariant() : words[i];
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                // Numbers, symbols and quoted search terms stay as written.
                continue;
            }

            var edge = i == 0 || i == words.Length - 1 || words[i - 1].EndsWith(':') || words[i - 1] is "·" or "-" or "\u2013" or "\u2014";
            if (!edge && SmallWords.Contains(word))
            {
                words[i] = word.ToLowerInvariant();
                continue;
            }

            // Words with capitals of their own (LGBTQI+, McCarthy, iPhone) keep them.
            words[i] = word.Skip(1).Any(char.IsUpper) ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
        }

        return string.Join(' ', words);
    }
}
