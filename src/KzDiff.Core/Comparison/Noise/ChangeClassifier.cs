using System.Collections.Immutable;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Noise;

/// <summary>
/// Sorts a changed sentence into formatting, routine or substantive. Formatting is anything the
/// squeezed form cannot see (case, spaces, quotes, dashes, hyphens, words joined by PDF
/// extraction). Routine is a year rolled forward, possibly with the month that goes with it
/// ("As of September 2018" → "As of October 2019"); any other changed number is substantive.
/// </summary>
public static class ChangeClassifier
{
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

        return IsDateRolledForward(words) ? ChangeKind.Routine : ChangeKind.Substantive;
    }

    private static bool IsDateRolledForward(ImmutableArray<WordEdit> words)
    {
        var deleted = new List<string>();
        var inserted = new List<string>();
        foreach (var edit in words)
        {
            if (edit.Operation == WordOperation.Delete)
            {
                AddTokens(edit.Text, deleted);
            }
            else if (edit.Operation == WordOperation.Insert)
            {
                AddTokens(edit.Text, inserted);
            }
        }

        if (deleted.Count == 0 || deleted.Count != inserted.Count)
        {
            return false;
        }

        var yearRolled = false;
        for (var i = 0; i < deleted.Count; i++)
        {
            var before = deleted[i];
            var after = inserted[i];
            if (Year(before) is { } y0 && Year(after) is { } y1)
            {
                if (y1 <= y0)
                {
                    return false;
                }

                yearRolled = true;
            }
            else if (!(Months.Contains(before) && Months.Contains(after)))
            {
                return false;
            }
        }

        return yearRolled;
    }

    private static int? Year(string token)
    {
        return token.Length == 4 && int.TryParse(token, out var year) && year is >= 1900 and <= 2100 ? year : null;
    }

    private static void AddTokens(string text, List<string> tokens)
    {
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
    }
}
