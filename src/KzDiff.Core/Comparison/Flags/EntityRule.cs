using System.Buffers;
using System.Runtime.CompilerServices;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A named person, organisation, place or law that the other edition never mentions: dropped
/// from the newer report ("a case dropped") or new in it. Names are runs of capitalised words
/// with small joiners ("Law on Political Parties", "Committee for National Security"), acronyms,
/// or a capitalised word inside a sentence; "mentions" is case-blind, so a name merely written in
/// lower case ("public monitoring commissions") is still mentioned. A name is flagged once per
/// comparison, at its first changed sentence: a dropped case told in five sentences is one flag.
/// </summary>
internal sealed class EntityRule
{
    /// <summary>Where a reading keeps its name spans (see <see cref="SentenceReading.Found"/>).</summary>
    public const int Finder = 6;

    private const int MaxItems = 3;
    private static readonly SearchValues<char> RomanDigits = SearchValues.Create("ivxlcIVXLC");
    private readonly EditionVocabulary _older;
    private readonly EditionVocabulary _newer;
    private readonly string _newerYear;
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);

    public EntityRule(EditionVocabulary older, EditionVocabulary newer, string newerYear)
    {
        _older = older;
        _newer = newer;
        _newerYear = newerYear;
    }

    public void Apply(RowText row, FlagSink sink)
    {
        if (row.Old is not null)
        {
            var dropped = Unmentioned(row, row.Old, _newer, wholeNamesOnly: false);
            if (dropped is not null)
            {
                sink.Tally.NamesDropped.UnionWith(dropped);
                var person = dropped.Exists(static n => n.Contains(' ', StringComparison.Ordinal));
                sink.Add(FlagKind.Entity, person ? 0.66 : 0.5, Explain(dropped, " not mentioned in the ", _newerYear, " report"));
            }
        }

        if (row.New is not null)
        {
            // New one-word names are mostly places and nationalities of new incidents; a new
            // person, body or law has a two-word name or an acronym.
            var added = Unmentioned(row, row.New, _older, wholeNamesOnly: true);
            if (added is not null)
            {
                sink.Tally.NamesAdded.UnionWith(added);
                sink.Add(FlagKind.Entity, 0.35, Explain(added, " newly mentioned", string.Empty, string.Empty));
            }
        }
    }

    /// <summary>Names of the sentence the other edition does not mention and no earlier row was flagged for; null when none.</summary>
    private List<string>? Unmentioned(RowText row, SentenceReading reading, EditionVocabulary other, bool wholeNamesOnly)
    {
        List<string>? result = null;
        foreach (var found in Names(reading))
        {
            var (first, j) = (found.First, found.Last);

            // The last two words too: a title in front ("President Kassym-Jomart Tokayev") does
            // not make a known person new.
            if ((wholeNamesOnly && found.OneWordName) || Unchanged(row, reading, first, j) || found.MentionedIn(other, reading))
            {
                continue;
            }

            // The last word is the surname later sentences use alone.
            var name = found.Text(reading);
            var last = found.Surname(reading);
            if (_seen.Contains(name) || (last is not null && _seen.Contains(last)))
            {
                continue;
            }

            _seen.Add(name);
            if (last is not null)
            {
                _seen.Add(last);
            }

            (result ??= []).Add(name);
        }

        return result;
    }

    /// <summary>
    /// The sentence's names worth a flag, found once per reading and kept on it, as the sentence
    /// alone decides them; only whether the other edition mentions one depends on the comparison.
    /// </summary>
    private static List<FoundName> Names(SentenceReading reading) =>
        reading.Found(Finder) as List<FoundName> ?? reading.Keep(Finder, FindNames(reading));

    private static List<FoundName> FindNames(SentenceReading reading)
    {
        var names = new List<FoundName>();
        var after = 0;
        foreach (var first in reading.Marked)
        {
            // A name ends where the next may start; a word inside one never starts another.
            if (first < after || !StartsName(reading, first))
            {
                continue;
            }

            var last = NameEnd(reading, first);
            after = last + 1;
            if (Kept(reading, first, last))
            {
                var single = last == first;
                names.Add(new FoundName(first, last, single && !IsAcronym(reading.Word(first)), last - first >= 2 && IsNameWord(reading, last - 1)));
            }
        }

        return names;
    }

    /// <summary>
    /// True when the name sits in text a pair shares, clear of every hunk (even one that only
    /// touches it): the other sentence prints it too, so the other edition mentions it.
    /// </summary>
    private static bool Unchanged(RowText row, SentenceReading reading, int first, int last)
    {
        if (!row.IsPair)
        {
            return false;
        }

        var oldSide = ReferenceEquals(reading, row.Old);
        var start = reading.Tokens[first].Start;
        var end = reading.Tokens[last].End;
        foreach (var hunk in row.Hunks)
        {
            var (s, e) = oldSide ? (hunk.OldStart, hunk.OldEnd) : (hunk.NewStart, hunk.NewEnd);
            if (s <= end && e >= start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"'A', 'B', 'C', …" and the rest of the sentence, built as one string: an entity flag is the commonest kind.</summary>
    private static string Explain(List<string> names, string rest, string year, string end)
    {
        var text = new DefaultInterpolatedStringHandler(0, 0);
        for (var i = 0; i < names.Count && i < MaxItems; i++)
        {
            text.AppendLiteral(i == 0 ? "'" : ", '");
            text.AppendLiteral(names[i]);
            text.AppendLiteral("'");
        }

        if (names.Count > MaxItems)
        {
            text.AppendLiteral(", …");
        }

        text.AppendLiteral(rest);
        text.AppendLiteral(year);
        text.AppendLiteral(end);
        return text.ToStringAndClear();
    }

    /// <summary>True when a name may start at the token: a capitalised word that is not a function word, or an acronym.</summary>
    private static bool StartsName(SentenceReading reading, int i) =>
        IsNameWord(reading, i) && !(reading.Tokens[i].Shape == TokenShape.Capitalised && Lexicon.NotNames.Contains(reading, i));

    /// <summary>The last token of the name starting at <paramref name="i"/>: name words and small joiners, to a clause break or a month.</summary>
    private static int NameEnd(SentenceReading reading, int i)
    {
        var tokens = reading.Tokens;
        var j = i;
        while (j + 1 < tokens.Length && !reading.BreakBetween(j, j + 1))
        {
            if (IsNameWord(reading, j + 1) && !Lexicon.Months.Contains(reading, j + 1))
            {
                j++;
            }
            else if (j + 2 < tokens.Length && Lexicon.NameJoiners.Contains(reading, j + 1) && IsNameWord(reading, j + 2)
                && !Lexicon.Months.Contains(reading, j + 2) && !reading.BreakBetween(j + 1, j + 2))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>A name of several words, an acronym that is no Roman numeral, or a capitalised word of four letters or more inside the sentence.</summary>
    private static bool Kept(SentenceReading reading, int first, int last)
    {
        var t = reading.Tokens[first];
        return last > first
            || (t.Shape == TokenShape.Acronym && !IsRomanNumeral(reading.Word(first)))
            || (first > 0 && t.Length >= 4);
    }

    private static bool IsNameWord(SentenceReading reading, int i) =>
        reading.Tokens[i] is { Shape: TokenShape.Capitalised or TokenShape.Acronym, HasDigit: false };

    private static bool IsAcronym(ReadOnlySpan<char> name)
    {
        if (name.Length < 2)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsUpper(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word) => !word.ContainsAnyExcept(RomanDigits);
}
