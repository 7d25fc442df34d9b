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
    private const int MaxItems = 3;
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
            var dropped = Unmentioned(row.Old, _newer);
            if (dropped.Count > 0)
            {
                sink.Tally.NamesDropped.UnionWith(dropped);
                var person = dropped.Any(static n => n.Contains(' ', StringComparison.Ordinal));
                sink.Add(FlagKind.Entity, person ? 0.66 : 0.5, $"{List(dropped)} not mentioned in the {_newerYear} report");
            }
        }

        if (row.New is not null)
        {
            // New one-word names are mostly places and nationalities of new incidents; a new
            // person, body or law has a two-word name or an acronym.
            var added = Unmentioned(row.New, _older, wholeNamesOnly: true);
            if (added.Count > 0)
            {
                sink.Tally.NamesAdded.UnionWith(added);
                sink.Add(FlagKind.Entity, 0.35, $"{List(added)} newly mentioned");
            }
        }
    }

    /// <summary>Names of the sentence the other edition does not mention and no earlier row was flagged for.</summary>
    private List<string> Unmentioned(SentenceReading reading, EditionVocabulary other, bool wholeNamesOnly = false)
    {
        var result = new List<string>();
        foreach (var (name, lastTwo, last) in Names(reading))
        {
            if ((wholeNamesOnly && last is null && !IsAcronym(name)) || _seen.Contains(name) || (last is not null && _seen.Contains(last)) || other.Mentions(name) || (lastTwo is not null && other.Mentions(lastTwo)))
            {
                continue;
            }

            _seen.Add(name);
            if (last is not null)
            {
                _seen.Add(last);
            }

            result.Add(name);
        }

        return result;
    }

    private static string List(List<string> names) =>
        string.Join(", ", names.Take(MaxItems).Select(static n => $"'{n}'")) + (names.Count > MaxItems ? ", …" : string.Empty);

    /// <summary>
    /// The names in a sentence as printed, each with its last two words (a title in front,
    /// "President Kassym-Jomart Tokayev", does not make a known person new) and its last word
    /// (the surname later sentences use alone), both null for a one-word name.
    /// </summary>
    public static List<(string Name, string? LastTwo, string? Last)> Names(SentenceReading reading)
    {
        var names = new List<(string, string?, string?)>();
        var tokens = reading.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (!IsNameWord(t) || (t.Shape == TokenShape.Capitalised && Lexicon.NotNames.Contains(t.Lower)))
            {
                continue;
            }

            var j = i;
            while (j + 1 < tokens.Length && !reading.BreakBetween(j, j + 1))
            {
                if (IsNameWord(tokens[j + 1]) && !Lexicon.Months.Contains(tokens[j + 1].Lower))
                {
                    j++;
                }
                else if (j + 2 < tokens.Length && Lexicon.NameJoiners.Contains(tokens[j + 1].Lower) && IsNameWord(tokens[j + 2])
                    && !Lexicon.Months.Contains(tokens[j + 2].Lower) && !reading.BreakBetween(j + 1, j + 2))
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            var single = j == i;
            var keep = !single
                || (t.Shape == TokenShape.Acronym && !IsRomanNumeral(t.Lower))
                || (i > 0 && t.Lower.Length >= 4);
            if (keep)
            {
                var lastTwo = j - i >= 2 && IsNameWord(tokens[j - 1]) ? reading.Span(j - 1, j) : null;
                var last = single ? null : reading.Span(j, j);
                names.Add((reading.Span(i, j), lastTwo, last));
            }

            i = j;
        }

        return names;
    }

    private static bool IsNameWord(Token t) => t.Shape is TokenShape.Capitalised or TokenShape.Acronym && !t.Lower.Any(char.IsAsciiDigit);

    private static bool IsAcronym(string name) => name.Length >= 2 && name.All(static c => char.IsUpper(c) || c == '-');

    private static bool IsRomanNumeral(string lower) => lower.All(static c => c is 'i' or 'v' or 'x' or 'l' or 'c');
}
