using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KzDiff.Core.Parsing.Text;

/// <summary>
/// Splits report prose into sentences. Tuned on the Country Reports: a full stop ends a sentence
/// only when the next word starts one (capital letter, digit or an opening quote/bracket) and the
/// word before it is not an abbreviation, an initial or part of a number or citation.
/// </summary>
public static class SentenceSplitter
{
    private const int MaxAbbreviationLength = 12;

    // Abbreviations that never end a sentence in this prose: titles before names and Latin forms.
    private static readonly FrozenSet<string> NeverFinal = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "prof", "sen", "rep",
        "gov", "pres", "hon", "rev", "fr", "mt", "ft", "i.e", "e.g", "cf", "vs", "v", "viz", "approx",
        "messrs", "adm", "cmdr", "brig", "supt", "insp", "cpl", "pvt",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Abbreviations that end a sentence only when no number follows ("No. 5", "Jan. 12", "Art. 3").
    private static readonly FrozenSet<string> BeforeNumbers = new[]
    {
        "no", "nos", "art", "arts", "para", "paras", "p", "pp", "vol", "ch", "sec", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "op", "fig",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Acronyms and company forms ("U.S.", "etc.", "Inc.") end a sentence only before a word that
    // typically opens one: "the U.S. Embassy" runs on, "... to the U.S. The embassy ..." does not.
    private static readonly FrozenSet<string> EndsOnlyBeforeStarter = new[]
    {
        "etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "llc", "plc", "al",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Function words that open sentences but rarely follow "U.S." or an initial inside one; nouns
    // ("Government", "Embassy") are left out on purpose: "the U.S. Government has ..." runs on.
    private static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "During", "According", "After", "Before",
        "Since", "When", "While", "Although", "Though", "However", "As", "He", "She", "It", "They", "We",
        "There", "This", "These", "That", "Those", "Some", "Many", "Most", "Several", "Other", "Others",
        "Authorities", "Officials", "Under", "Following", "Despite", "If", "Between", "Of", "To", "Through",
        "With", "Its", "Their", "His", "Her", "Also", "Both", "Each", "All", "Such", "Nonetheless",
        "Nevertheless", "Moreover", "Furthermore", "Additionally", "Instead", "Because",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Splits one paragraph into trimmed sentences; an empty paragraph yields none.</summary>
    public static ImmutableArray<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return Split(paragraph, ImmutableArray.CreateBuilder<string>());
    }

    /// <summary>
    /// Same as <see cref="Split(string)"/> for a slice of text, gathering the sentences in
    /// <paramref name="sentences"/> (left empty again): a caller splitting a page's paragraphs
    /// reuses one builder rather than growing one per paragraph.
    /// </summary>
    internal static ImmutableArray<string> Split(ReadOnlySpan<char> paragraph, ImmutableArray<string>.Builder sentences)
    {
        var text = paragraph.Trim();
        if (text.IsEmpty)
        {
            return [];
        }

        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '.' or '?' or '!' or '…')
            {
                var end = EndOfTerminator(text, i);
                if (IsBoundary(text, i, end))
                {
                    AddSentence(sentences, text[start..end]);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        AddSentence(sentences, text[start..]);
        var result = sentences.ToImmutable();
        sentences.Clear();
        return result;
    }

    private static void AddSentence(ImmutableArray<string>.Builder sentences, ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.Trim();
        if (!trimmed.IsEmpty)
        {
            sentences.Add(trimmed.ToString());
        }
    }

    // Index just past the terminator run: repeated marks ("...", "?!") and closing quotes/brackets.
    private static int EndOfTerminator(ReadOnlySpan<char> text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is '.' or '?' or '!' or '…')
        {
            j++;
        }

        while (j < text.Length && text[j] is '”' or '’' or '"' or '\'' or ')' or ']' or '»')
        {
            j++;
        }

        return j;
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int mark, int end)
    {
        if (end >= text.Length || !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return false;
        }

        var nextWord = WordAt(text, next);
        if (!StartsSentence(nextWord))
        {
            return false;
        }

        // "?", "!", an ellipsis, or a period closed by a quote or bracket (".”", ".)") always ends
        // the sentence when a sentence-opening word follows; a bare period needs a closer look.
        var barePeriod = text[mark] == '.' && end == mark + 1;
        return !barePeriod || !IsAbbreviationBefore(text, mark, nextWord);
    }

    private static bool StartsSentence(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
        {
            if (ch is '“' or '"' or '‘' or '\'' or '(' or '[' or '«')
            {
                continue;
            }

            return char.IsUpper(ch) || char.IsDigit(ch);
        }

        return false;
    }

    private static bool IsAbbreviationBefore(ReadOnlySpan<char> text, int period, ReadOnlySpan<char> nextWord)
    {
        // Abbreviations are short; the bound keeps "a.a.a.a..." input linear.
        var tokenStart = period;
        while (tokenStart > 0 && period - tokenStart < MaxAbbreviationLength && (char.IsLetter(text[tokenStart - 1]) || text[tokenStart - 1] == '.'))
        {
            tokenStart--;
        }

        var token = text[tokenStart..period];
        if (token.IsEmpty)
        {
            return false;
        }

        var lookup = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(token))
        {
            return true;
        }

        var nextIsNumber = FirstLetterOrDigit(nextWord) is { } first && char.IsDigit(first);
        if (BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token))
        {
            return nextIsNumber;
        }

        var bareNext = TrimOpeners(nextWord);
        var nextStarts = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bareNext);
        if (EndsOnlyBeforeStarter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token))
        {
            return !nextStarts;
        }

        // An acronym with inner dots ("U.S", "U.N") or a single capital initial ("J" of "J. R. Smith");
        // another initial after it ("A. A. Tihomirov") means a name, even though "A" opens sentences too.
        if (token.Contains('.') || token.Length == 1 && char.IsUpper(token[0]))
        {
            var nextIsInitial = nextWord.Length == 2 && char.IsUpper(nextWord[0]) && nextWord[1] == '.';
            return nextIsInitial || !nextStarts;
        }

        return false;
    }

    private static char? FirstLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
        {
            if (char.IsLetterOrDigit(ch))
            {
                return ch;
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> TrimOpeners(ReadOnlySpan<char> word)
    {
        var s = word.TrimStart("“\"‘'([«");
        var stop = 0;
        while (stop < s.Length && char.IsLetter(s[stop]))
        {
            stop++;
        }

        return s[..stop];
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int start)
    {
        var stop = start;
        while (stop < text.Length && !char.IsWhiteSpace(text[stop]))
        {
            stop++;
        }

        return text[start..stop];
    }
}
