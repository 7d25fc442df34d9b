using System.Text.RegularExpressions;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing;

/// <summary>
/// Turns a printed heading into the key used to match sections across editions: numbering
/// stripped, lower case, accents and punctuation removed, known spelling variants folded
/// ("Anti-Semitism" and "Antisemitism" both become "antisemitism"), words joined by hyphens.
/// </summary>
public static partial class SectionKeys
{
    // State Department style drifted between years; fold the variants seen in the corpus.
    private static readonly (string From, string To)[] SpellingVariants =
    [
        ("anti-semit", "antisemit"),
        ("anti semit", "antisemit"),
        ("non-governmental", "nongovernmental"),
        ("non governmental", "nongovernmental"),
        ("labour", "labor"),
        ("organisation", "organization"),
        ("&", " and "),
    ];

    /// <summary>The key of a heading ("a. Freedom of Expression, Including for the Press" → "freedom-of-expression-including-for-the-press").</summary>
    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = StripNumbering(title).ToLowerInvariant();
        foreach (var (from, to) in SpellingVariants)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        // "anti-trafficking" and "antitrafficking" are the same word in this prose.
        text = PrefixHyphen().Replace(text, "$1");
        var key = HyphenSlug.Build(text, asciiOnly: false, periodsJoin: false);
        return key.Length == 0 ? "untitled" : key;
    }

    /// <summary>The heading without "Section N." or a subsection letter ("a.").</summary>
    public static string StripNumbering(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var match = Numbering().Match(title);
        return match.Success ? title[match.Length..] : title;
    }

    [GeneratedRegex(@"^\s*(?:section\s+\d{1,2}\s*[.:]?\s*|[a-z]\.\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\b(anti|non|counter|inter|multi|pre|post)-(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixHyphen();
}
