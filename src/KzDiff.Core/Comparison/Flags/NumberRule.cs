using System.Globalization;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A count, percentage, amount or range that changed, appeared or vanished. Years are never
/// quantities here, so "In 2018" → "In 2019" says nothing; nor are days of a month, section
/// references or the dollar conversion printed after an amount in local currency.
/// </summary>
internal static class NumberRule
{
    /// <summary>Where a reading keeps its numbers (see <see cref="SentenceReading.Found"/>), after the five phrase lexicons.</summary>
    public const int Finder = 5;

    private const int MaxItems = 3;
    private static readonly List<NumberMention> NoMentions = [];

    public static void Apply(RowText row, FlagSink sink)
    {
        if (!row.IsPair)
        {
            // A whole new or dropped sentence with figures: only counts of people or events are
            // worth a flag on their own; every dated event would otherwise carry one.
            var reading = row.Old ?? row.New!;
            var verb = row.Old is null ? "added" : "removed";
            List<string>? items = null;
            var count = 0;
            foreach (var m in Mentions(reading))
            {
                if (m.CountsPeople)
                {
                    count++;
                    if ((items ??= []).Count < MaxItems)
                    {
                        items.Add($"'{Phrase(reading, m)}' {verb}");
                    }
                }
            }

            if (items is not null)
            {
                sink.Add(FlagKind.Number, 0.4, string.Join("; ", items), numbers: count);
            }

            return;
        }

        var before = Mentions(row.Old!);
        var after = Mentions(row.New!);
        if (before.Count + after.Count == 0 || SameValues(before, after))
        {
            return;
        }

        var removed = Unmatched(before, after);
        var added = Unmatched(after, before);
        if (removed.Count + added.Count == 0)
        {
            return;
        }

        Pair(row, removed, added, sink);
    }

    private static void Pair(RowText row, List<NumberMention> removed, List<NumberMention> added, FlagSink sink)
    {
        // A number replaces another only inside the same hunk: "[-106-]{+102+} criminal cases".
        // Figures from different clauses of a rewrite are listed apart, not paired by accident.
        var old = row.Old!;
        var @new = row.New!;
        var items = new List<string>();
        var changes = new List<(int OldToken, string Text)>();
        var largestShift = 0.0;
        var pairedOld = new bool[removed.Count];
        var pairedNew = new bool[added.Count];
        var pairs = 0;
        var people = false;
        // Numbers that name the same thing ("14 convictions" → "eight convictions") pair first,
        // then numbers that merely may ("two women were killed" → "five persons were killed").
        for (var least = Unit.Same; least >= Unit.Compatible; least--)
        {
            foreach (var hunk in row.Hunks)
            {
                for (var o = 0; o < removed.Count; o++)
                {
                    if (pairedOld[o] || !Inside(old, removed[o], hunk.OldStart, hunk.OldEnd))
                    {
                        continue;
                    }

                    for (var n = 0; n < added.Count; n++)
                    {
                        // "20 percent" → "1,900 inspections" is one figure gone and another new, not a change of one.
                        if (pairedNew[n] || !Inside(@new, added[n], hunk.NewStart, hunk.NewEnd) || UnitOf(old, removed[o], @new, added[n]) < least)
                        {
                            continue;
                        }

                        var (before, after) = (removed[o], added[n]);
                        var context = after.HasContext ? $" ({Context(@new, after)})" : string.Empty;
                        changes.Add((before.Token, $"{Raw(old, before)} → {Raw(@new, after)}{context}"));
                        largestShift = Math.Max(largestShift, Shift(before.Value, after.Value));
                        people |= after.CountsPeople;
                        pairedOld[o] = true;
                        pairedNew[n] = true;
                        pairs++;
                        break;
                    }
                }
            }
        }

        // Read in the order of the old sentence, whichever pass paired them.
        changes.Sort(static (a, b) => a.OldToken.CompareTo(b.OldToken));
        foreach (var change in changes)
        {
            items.Add(change.Text);
        }

        // A lone "one" is as often a pronoun ("One reason", "one article") as a count: it stays
        // only when it counts people or events ("one reported killing").
        var loose = 0;
        loose += Loose(old, removed, pairedOld, "removed", items, ref people);
        loose += Loose(@new, added, pairedNew, "added", items, ref people);
        if (items.Count == 0)
        {
            return;
        }

        if (loose > 0)
        {
            largestShift = Math.Max(largestShift, 0.5);
        }

        var score = 0.55 + (0.2 * largestShift) + (people ? 0.1 : 0) - (0.15 * row.ChangedShare);
        var text = string.Join("; ", items.Take(MaxItems)) + (items.Count > MaxItems ? "; …" : string.Empty);
        sink.Add(FlagKind.Number, score, text, numbers: pairs + loose);
    }

    /// <summary>Lists the unpaired mentions of one side that still count; returns how many.</summary>
    private static int Loose(SentenceReading reading, List<NumberMention> mentions, bool[] paired, string verb, List<string> items, ref bool people)
    {
        var count = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (paired[i])
            {
                continue;
            }

            var counts = m.CountsPeople;
            if (m.Value == "1" && !counts)
            {
                continue;
            }

            people |= counts;
            items.Add($"'{Phrase(reading, m)}' {verb}");
            count++;
        }

        return count;
    }

    /// <summary>True when the hunk touches the number; a word diff may cut inside one ("1,[-568-]{+215+}"), so touching is enough.</summary>
    private static bool Inside(SentenceReading reading, NumberMention m, int start, int end) =>
        reading.Tokens[m.Token].Start < end && reading.Tokens[m.Last].End > start;

    /// <summary>
    /// Whether two numbers count the same thing: a percentage only pairs with a percentage; two
    /// numbers whose next words start alike ("14 convictions", "eight convictions"), singular or
    /// plural, are the <see cref="Unit.Same"/>; a number that names nothing ("five were forwarded"),
    /// or two that share a word of substance after them, are <see cref="Unit.Compatible"/>.
    /// </summary>
    private static Unit UnitOf(SentenceReading old, NumberMention before, SentenceReading @new, NumberMention after)
    {
        if (IsPercentage(old, before) != IsPercentage(@new, after))
        {
            return Unit.Different;
        }

        // "five were forwarded" names nothing: the count refers back to what the sentence counts.
        if (!NamesUnit(old, before) || !NamesUnit(@new, after))
        {
            return Unit.Compatible;
        }

        if (Stem(old.Word(before.Last + 1)).Equals(Stem(@new.Word(after.Last + 1)), StringComparison.OrdinalIgnoreCase))
        {
            return Unit.Same;
        }

        // "1.8 million people were registered" → "1.6 million persons were registered".
        for (var a = before.Last + 1; a <= before.ContextLast; a++)
        {
            if (old.Tokens[a].Length < 4 || Lexicon.TrailingWords.Contains(old, a))
            {
                continue;
            }

            for (var b = after.Last + 1; b <= after.ContextLast; b++)
            {
                if (Stem(old.Word(a)).Equals(Stem(@new.Word(b)), StringComparison.OrdinalIgnoreCase))
                {
                    return Unit.Compatible;
                }
            }
        }

        return Unit.Different;
    }

    private enum Unit
    {
        Different,
        Compatible,
        Same,
    }

    private static bool NamesUnit(SentenceReading reading, NumberMention m) => m.HasContext && !Lexicon.TrailingWords.Contains(reading, m.Last + 1);

    private static bool IsPercentage(SentenceReading reading, NumberMention m)
    {
        var end = reading.Tokens[m.Last].End;
        return (end < reading.Text.Length && reading.Text[end] == '%')
            || (m.HasContext && (reading.Is(m.Last + 1, "percent") || reading.Is(m.Last + 1, "percentage")));
    }

    /// <summary>The word without a plural "s" ("cases" → "case"), enough to match a unit with itself.</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is not ('s' or 'S') ? word[..^1] : word;

    /// <summary>
    /// The sentence's numbers that state quantities, in order, found once per reading and kept on
    /// it; one shared empty list when none. Callers only read the list.
    /// </summary>
    public static List<NumberMention> Mentions(SentenceReading reading) =>
        reading.Found(Finder) as List<NumberMention> ?? reading.Keep(Finder, Scan(reading));

    private static List<NumberMention> Scan(SentenceReading reading)
    {
        List<NumberMention>? list = null;
        var tokens = reading.Tokens;
        var after = 0;
        foreach (var i in reading.Marked)
        {
            // A scale word read with the number before it ("two hundred") is no number of its own.
            if (i < after)
            {
                continue;
            }

            var token = tokens[i];
            string value;
            long wordValue = 0;
            if (token.Shape == TokenShape.Number)
            {
                var digits = reading.Word(i);
                if (IsYear(digits) || IsDay(reading, i) || IsReference(reading, i) || IsConversion(reading, i))
                {
                    continue;
                }

                value = digits.Contains(',') ? digits.ToString().Replace(",", string.Empty, StringComparison.Ordinal) : digits.ToString();
            }
            else if ((token.Classes & WordClass.NumberWord) == 0 || !Lexicon.NumberWords.TryGet(reading, i, out wordValue) || IsIdiom(reading, i))
            {
                continue;
            }
            else
            {
                value = wordValue.ToString(CultureInfo.InvariantCulture);
            }

            var last = i;
            if (i + 1 < tokens.Length && !reading.BreakBetween(i, i + 1) && Scale(reading, i + 1) is { } scale)
            {
                last = i + 1;
                value = Scaled(value, scale);
            }

            after = last + 1;
            var mention = new NumberMention(i, last, ContextEnd(reading, last), value);
            (list ??= []).Add(mention with { CountsPeople = IsCountOfPeople(reading, mention) });
        }

        return list ?? NoMentions;
    }

    /// <summary>The factor of a scale word after a number ("1.06 million", "two hundred"), or null.</summary>
    private static long? Scale(SentenceReading reading, int i) =>
        reading.Is(i, "hundred") ? 100
        : reading.Is(i, "thousand") ? 1_000
        : reading.Is(i, "million") ? 1_000_000
        : reading.Is(i, "billion") ? 1_000_000_000
        : reading.Is(i, "trillion") ? 1_000_000_000_000
        : null;

    /// <summary>"1.06" and a million: "1060000", so "1.06 million" and "1,060,000" are one value.</summary>
    private static string Scaled(string value, long scale) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? (number * scale).ToString("0.##########", CultureInfo.InvariantCulture)
            : value;

    /// <summary>True when both sides state the same values in the same order, the common case of an edit elsewhere in the sentence: nothing is unmatched.</summary>
    private static bool SameValues(List<NumberMention> before, List<NumberMention> after)
    {
        if (before.Count != after.Count)
        {
            return false;
        }

        for (var i = 0; i < before.Count; i++)
        {
            if (!string.Equals(before[i].Value, after[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Mentions of <paramref name="side"/> whose value the other side lacks, as a multiset difference, in sentence order.</summary>
    private static List<NumberMention> Unmatched(List<NumberMention> side, List<NumberMention> other)
    {
        var result = new List<NumberMention>();
        Span<bool> used = other.Count <= 64 ? stackalloc bool[other.Count] : new bool[other.Count];
        foreach (var m in side)
        {
            var found = false;
            for (var k = 0; k < other.Count && !found; k++)
            {
                if (!used[k] && string.Equals(other[k].Value, m.Value, StringComparison.Ordinal))
                {
                    used[k] = true;
                    found = true;
                }
            }

            if (!found)
            {
                result.Add(m);
            }
        }

        return result;
    }

    private static string Raw(SentenceReading reading, NumberMention m) => reading.Span(m.Token, m.Last);

    private static string Context(SentenceReading reading, NumberMention m) => reading.Span(m.Last + 1, m.ContextLast);

    private static string Phrase(SentenceReading reading, NumberMention m) => m.HasContext ? $"{Raw(reading, m)} {Context(reading, m)}" : Raw(reading, m);

    private static double Shift(string a, string b)
    {
        if (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && Math.Max(x, y) > 0)
        {
            return Math.Abs(x - y) / Math.Max(x, y);
        }

        return 1;
    }

    private static readonly string[] PeopleWords =
    [
        "person", "people", "individual", "report", "incident", "instance", "prisoner", "detainee", "case", "death", "died", "kill", "journalist", "victim", "abduct", "tortur", "attack",
        "complaint", "child", "women", "men", "member", "activist", "protester", "citizen", "refugee", "migrant", "worker",
        "arrest", "detained", "conviction", "convicted", "sentenced", "charged", "missing", "investigation",
    ];

    /// <summary>The stems by their first letter ('a'..'z'): a word is compared with the few that could start it.</summary>
    private static readonly string[][] PeopleWordsByLetter = [.. Enumerable.Range('a', 26).Select(static c => PeopleWords.Where(w => w[0] == c).ToArray())];

    /// <summary>True when a word of the context (as split at spaces) starts with a stem of people or events.</summary>
    private static bool IsCountOfPeople(SentenceReading reading, NumberMention m)
    {
        if (!m.HasContext)
        {
            return false;
        }

        var context = reading.Slice(m.Last + 1, m.ContextLast);
        foreach (var range in context.Split(' '))
        {
            var word = context[range];
            var letter = word.IsEmpty ? '\0' : (char)(word[0] | 0x20);
            if (letter is < 'a' or > 'z')
            {
                continue;
            }

            foreach (var stem in PeopleWordsByLetter[letter - 'a'])
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsYear(ReadOnlySpan<char> digits) =>
        digits.Length == 4 && digits[0] is '1' or '2' && int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100;

    /// <summary>
    /// A day of a month: next to a month name ("January 23", "23 January"), or chained to such a
    /// day by "and", "or", "to", "through", "until" or a dash ("January 23 and 31", "June 4-9", "2 and 14 February").
    /// </summary>
    private static bool IsDay(SentenceReading reading, int i) => IsDayValue(reading, i) && (DayReading(reading, i, -1) || DayReading(reading, i, +1));

    /// <summary>True when the day at <paramref name="i"/> reaches a month name going one way, through other days.</summary>
    private static bool DayReading(SentenceReading reading, int i, int direction)
    {
        var count = reading.Tokens.Length;
        while (true)
        {
            var k = i + direction;
            if (k < 0 || k >= count)
            {
                return false;
            }

            if (Lexicon.Months.Contains(reading, k))
            {
                return true;
            }

            if (IsDayJoiner(reading, k) && k + direction >= 0 && k + direction < count && IsDayValue(reading, k + direction))
            {
                i = k + direction;
            }
            else if (IsDayValue(reading, k) && ListedNext(reading, Math.Min(i, k), Math.Max(i, k)))
            {
                i = k;
            }
            else
            {
                return false;
            }
        }
    }

    private static bool IsDayJoiner(SentenceReading reading, int i) =>
        reading.Is(i, "and") || reading.Is(i, "or") || reading.Is(i, "to") || reading.Is(i, "through") || reading.Is(i, "until");

    /// <summary>
    /// True when a dash, with spaces at most, joins two neighbouring tokens: a range of days
    /// ("June 4-9"). Not a comma: in "On June 7, 25 persons" the 25 counts people.
    /// </summary>
    private static bool ListedNext(SentenceReading reading, int left, int right)
    {
        var dashed = false;
        for (var k = reading.Tokens[left].End; k < reading.Tokens[right].Start; k++)
        {
            switch (reading.Text[k])
            {
                case '-': case '–': case '—':
                    dashed = true;
                    break;
                case ' ':
                    break;
                default:
                    return false;
            }
        }

        return dashed;
    }

    /// <summary>A whole number from 1 to 31 written in digits.</summary>
    private static bool IsDayValue(SentenceReading reading, int i)
    {
        if (reading.Tokens[i].Shape != TokenShape.Number)
        {
            return false;
        }

        var day = 0;
        foreach (var c in reading.Word(i))
        {
            if (c is '.' or ',' || (day = (day * 10) + (c - '0')) > 31)
            {
                return false;
            }
        }

        return day >= 1;
    }

    private static bool IsReference(SentenceReading reading, int i) => i > 0 && Lexicon.ReferenceWords.Contains(reading, i - 1);

    /// <summary>"12.63 million tenge ($32,793)": the dollar figure in brackets follows the exchange rate, not the facts.</summary>
    private static bool IsConversion(SentenceReading reading, int i)
    {
        var k = reading.Tokens[i].Start - 1;
        while (k >= 0 && reading.Text[k] == ' ')
        {
            k--;
        }

        if (k < 0 || reading.Text[k] != '$')
        {
            return false;
        }

        k--;
        while (k >= 0 && reading.Text[k] == ' ')
        {
            k--;
        }

        return k >= 0 && reading.Text[k] == '(';
    }

    /// <summary>"one of the", "no one", "one another": "one" that counts nothing.</summary>
    private static bool IsIdiom(SentenceReading reading, int i)
    {
        if (!reading.Is(i, "one"))
        {
            return false;
        }

        var tokens = reading.Tokens;
        return (i + 1 < tokens.Length && Lexicon.AfterIdiomaticOne.Contains(reading, i + 1)) || (i > 0 && Lexicon.BeforeIdiomaticOne.Contains(reading, i - 1));
    }

    /// <summary>The last token of up to three words after the number in the same clause, not ending on a small word.</summary>
    private static int ContextEnd(SentenceReading reading, int i)
    {
        var tokens = reading.Tokens;
        var last = i;
        for (var k = i + 1; k < tokens.Length && k <= i + 3; k++)
        {
            if (reading.BreakBetween(k - 1, k) || tokens[k].Shape == TokenShape.Number)
            {
                break;
            }

            last = k;
        }

        while (last > i && Lexicon.TrailingWords.Contains(reading, last))
        {
            last--;
        }

        return last;
    }
}
