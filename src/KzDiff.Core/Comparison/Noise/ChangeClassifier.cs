using System.Collections.Immutable;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Noise;

/// <summary>
/// Sorts a changed sentence into formatting, routine or substantive. Formatting is anything the
/// squeezed form cannot see (case, spaces, quotes, dashes, hyphens, words joined by PDF
/// extraction). Routine is what a reader skips: every edit of the sentence is a date rolled
/// forward or restated ("In 2018" → "In 2019", "during the year" ↔ "in 2019", "On May 2" →
/// "In May 2019"), an "as of" date updated, a cross-reference or URL changed, or typography.
/// Any other change, a changed count included, is substantive.
/// </summary>
public static class ChangeClassifier
{
    /// <summary>Words a restated date is made of: "in", "during the year", "as of", "at year's end", months, days, years; not "since" or "until", which change a period.</summary>
    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "during", "the", "year", "of", "as", "by", "at", "end", "this", "s", "early", "late", "mid",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    };

    public static ChangeKind Classify(string oldText, string newText, ImmutableArray<WordEdit> words)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return ChangeKind.None;
        }

        if (TextFold.SqueezeHash(oldText) == TextFold.SqueezeHash(newText))
        {
            return ChangeKind.Formatting;
        }

        var routine = false;
        foreach (var hunk in EditHunks.From(words))
        {
            var before = oldText[hunk.OldStart..hunk.OldEnd];
            var after = newText[hunk.NewStart..hunk.NewEnd];
            if (TextFold.SqueezeHash(before) == TextFold.SqueezeHash(after))
            {
                continue;
            }

            if (IsReferenceOrUrl(before) && IsReferenceOrUrl(after))
            {
                routine = true;
                continue;
            }

            if (IsDateConnector(before) && IsDateConnector(after))
            {
                // "On" → "In" beside "May [-29-]{+2019+}": counts only with a date change elsewhere.
                continue;
            }

            if (!IsDateRestated(before, after, AsOfBefore(oldText, hunk.OldStart)))
            {
                return ChangeKind.Substantive;
            }

            routine = true;
        }

        return routine ? ChangeKind.Routine : ChangeKind.Substantive;
    }

    /// <summary>
    /// Both sides are made of date words only and say the same period at the same or a later
    /// year: a year may roll forward, "during the year" may become "in 2019", a day may be dropped
    /// ("On May 2" → "In May 2019"), but a different day or month is a different event unless it
    /// is an "as of" date being updated or the year rolled forward with it.
    /// </summary>
    private static bool IsDateRestated(string before, string after, bool asOf)
    {
        var old = DatePieces.Read(before);
        var @new = DatePieces.Read(after);
        if (old is null || @new is null || !(old.Value.Dated || @new.Value.Dated))
        {
            return false;
        }

        asOf |= old.Value.AsOf || @new.Value.AsOf;
        var yearRolled = false;
        if (old.Value.Year > 0 && @new.Value.Year > 0)
        {
            if (@new.Value.Year < old.Value.Year)
            {
                return false;
            }

            yearRolled = @new.Value.Year > old.Value.Year;
        }

        if (asOf || yearRolled)
        {
            return true;
        }

        var daysDiffer = old.Value.Day > 0 && @new.Value.Day > 0 && old.Value.Day != @new.Value.Day;
        var monthsDiffer = old.Value.Month is not null && @new.Value.Month is not null && !string.Equals(old.Value.Month, @new.Value.Month, StringComparison.OrdinalIgnoreCase);
        return !daysDiffer && !monthsDiffer;
    }

    /// <summary>Only the small words around a date ("on", "in", "during"), no date itself.</summary>
    private static bool IsDateConnector(string text) => DatePieces.Read(text) is { Dated: false, Day: 0, Year: 0 };

    /// <summary>True when "as of" ends just before the hunk ("As of [-August 6-]{+July 1+}").</summary>
    private static bool AsOfBefore(string text, int start)
    {
        var head = text.AsSpan(0, start).TrimEnd();
        return head.EndsWith("as of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Empty, a URL, or a cross-reference in brackets ("(see section 1.g.)").</summary>
    private static bool IsReferenceOrUrl(string text)
    {
        var t = text.Trim().Trim(',', '.', ';', ' ');
        if (t.Length == 0)
        {
            return true;
        }

        if (t.StartsWith("(see ", StringComparison.OrdinalIgnoreCase) && t.EndsWith(')'))
        {
            return true;
        }

        foreach (var word in t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!(word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The date one side of a hunk states, or null when it holds any other word.</summary>
    private readonly record struct DatePieces(int Year, int Day, string? Month, bool AsOf, bool Dated)
    {
        public static DatePieces? Read(string text)
        {
            int year = 0, day = 0;
            string? month = null;
            bool dated = false, asOf = false;
            string? previous = null;
            foreach (var token in Tokens(text))
            {
                if (token.Length == 4 && int.TryParse(token, out var y) && y is >= 1900 and <= 2100)
                {
                    year = Math.Max(year, y);
                    dated = true;
                }
                else if (token.Length <= 2 && int.TryParse(token, out var d) && d is >= 1 and <= 31)
                {
                    day = d;
                }
                else if (Months.Contains(token))
                {
                    month = token;
                    dated = true;
                }
                else if (DateWords.Contains(token))
                {
                    dated |= token.Equals("year", StringComparison.OrdinalIgnoreCase);
                    asOf |= token.Equals("of", StringComparison.OrdinalIgnoreCase) && string.Equals(previous, "as", StringComparison.OrdinalIgnoreCase);
                }
                else
                {
                    return null;
                }

                previous = token;
            }

            return new DatePieces(year, day, month, asOf, dated);
        }

        private static List<string> Tokens(string text)
        {
            var tokens = new List<string>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    tokens.Add(text[start..i]);
                    start = -1;
                }
            }

            return tokens;
        }
    }
}
