using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KzDiff.Core.Parsing;

/// <summary>
/// Text rules that recognise the parts of a report outline. They are the same for every format,
/// so an HTML page and the PDF text of one edition get the same outline.
/// </summary>
internal static partial class HeadingRules
{
    /// <summary>Longest phrase accepted as a run-in heading ("Censorship or Content Restrictions for Members of the Press and Other Media, Including Online Media").</summary>
    public const int MaxRunInWords = 18;

    private static readonly FrozenSet<string> MinorWords = new[]
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "for", "to", "with", "by", "at",
        "from", "as", "into", "before", "after", "against", "without", "within", "between", "under",
        "over", "including", "via", "per", "upon", "among", "regarding", "than", "its", "their", "not",
        "vs", "other", "based", "related", "while",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Labels that open a paragraph with a colon but are not part of the outline.
    private static readonly FrozenSet<string> NotHeadings = new[]
    {
        "note", "notes", "source", "sources", "see", "update", "read a section", "in this section",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsExecutiveSummary(string text) =>
        text.Trim().TrimEnd(':', '.').Equals("Executive Summary", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Section 1." (number only) or "Section 1. Respect for ..." (number and title).</summary>
    public static bool TryParseSection(string text, out string number, out string title)
    {
        var match = SectionPattern().Match(text);
        number = match.Success ? match.Groups[1].Value : string.Empty;
        title = match.Success ? match.Groups[2].Value.Trim() : string.Empty;
        return match.Success;
    }

    /// <summary>"a. Arbitrary Deprivation of Life ..." → letter "a".</summary>
    public static bool TryParseSubsection(string text, out string letter)
    {
        var match = SubsectionPattern().Match(text);
        letter = match.Success ? match.Groups[1].Value.ToLowerInvariant() : string.Empty;
        return match.Success;
    }

    /// <summary>
    /// A run-in heading opens a paragraph with a short Title-Case phrase and a colon
    /// ("Physical Conditions: ..."), unlike a sentence such as "Significant human rights issues
    /// included: ...". Where the source has markup the phrase must also be emphasised.
    /// </summary>
    public static bool TryParseRunIn(SourceBlock block, out string title, out ReadOnlySpan<char> rest)
    {
        // The rest stays a slice of the paragraph: most paragraphs with a colon are no run-in, and
        // the sentences of one are cut from the slice, so no copy of the paragraph is made.
        title = string.Empty;
        rest = default;
        var text = block.Text;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 160)
        {
            return false;
        }

        var phrase = text[..colon].Trim();
        var after = text.AsSpan(colon + 1).Trim();
        var corroborated = block.HasMarkup && IsCorroborated(phrase, block.LeadingEmphasis);
        if (block.HasMarkup && !corroborated)
        {
            return false;
        }

        // An emphasised phrase may carry one slip of capitalisation ("Other forms of Gender-based
        // Violence or Harassment"); without markup the text rule alone decides, strictly.
        var lowercaseAllowed = corroborated ? 1 : 0;
        if (!ContainsLower(after) || !IsTitleCasePhrase(phrase, MaxRunInWords, lowercaseAllowed) || NotHeadings.Contains(phrase))
        {
            return false;
        }

        title = phrase;
        rest = after;
        return true;
    }

    public static bool IsMinorWord(string word) => MinorWords.Contains(word);

    public static bool IsTitleCasePhrase(string phrase, int maxWords = MaxRunInWords, int lowercaseAllowed = 0)
    {
        // Words are read as slices of the phrase: every paragraph with a colon and every short one
        // asks, and an array of word strings each time was most of what building a tree allocated
        // besides the sentences.
        var words = WordCount(phrase);
        if (words == 0 || words > maxWords || phrase.Contains(". ", StringComparison.Ordinal) || phrase.EndsWith('.'))
        {
            return false;
        }

        var minorWords = MinorWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = -1;
        foreach (var range in phrase.AsSpan().Split(' '))
        {
            var word = phrase.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            i++;
            var at = IndexOfLetterOrDigit(word);
            if (at < 0)
            {
                continue;
            }

            if (char.IsUpper(word[at]) || char.IsDigit(word[at]))
            {
                continue;
            }

            if (i == 0 || !minorWords.Contains(word.Trim(",;()")) && --lowercaseAllowed < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words the text holds between single spaces, as <see cref="string.Split(char, StringSplitOptions)"/> would cut them without empty entries.</summary>
    private static int WordCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }

    private static int IndexOfLetterOrDigit(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetterOrDigit(word[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool ContainsLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCorroborated(string phrase, string? emphasis)
    {
        if (string.IsNullOrWhiteSpace(emphasis))
        {
            return false;
        }

        var emphasised = emphasis.Trim().TrimEnd(':').Trim();
        return emphasised.Length > 0
            && (phrase.StartsWith(emphasised, StringComparison.Ordinal) || emphasised.StartsWith(phrase, StringComparison.Ordinal))
            && emphasised.Length * 2 >= phrase.Length;
    }

    [GeneratedRegex(@"^section\s+(\d{1,2})\s*[.:]?\s*(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"^([a-zA-Z])\.\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex SubsectionPattern();
}
