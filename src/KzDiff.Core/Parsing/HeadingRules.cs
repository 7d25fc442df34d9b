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
    public static bool TryParseRunIn(SourceBlock block, out string title, out string rest)
    {
        title = string.Empty;
        rest = string.Empty;
        var text = block.Text;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 160)
        {
            return false;
        }

        var phrase = text[..colon].Trim();
        var after = text[(colon + 1)..].Trim();
        var corroborated = block.HasMarkup && IsCorroborated(phrase, block.LeadingEmphasis);
        if (block.HasMarkup && !corroborated)
        {
            return false;
        }

        // An emphasised phrase may carry one slip of capitalisation ("Other forms of Gender-based
        // Violence or Harassment"); without markup the text rule alone decides, strictly.
        var lowercaseAllowed = corroborated ? 1 : 0;
        if (!after.Any(char.IsLower) || !IsTitleCasePhrase(phrase, MaxRunInWords, lowercaseAllowed) || NotHeadings.Contains(phrase))
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
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > maxWords || phrase.Contains(". ", StringComparison.Ordinal) || phrase.EndsWith('.'))
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var first = word.FirstOrDefault(char.IsLetterOrDigit);
            if (first == default)
            {
                continue;
            }

            if (char.IsUpper(first) || char.IsDigit(first))
            {
                continue;
            }

            if (i == 0 || !MinorWords.Contains(word.Trim(',', ';', '(', ')')) && --lowercaseAllowed < 0)
            {
                return false;
            }
        }

        return true;
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
