using System.Globalization;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A count, percentage, amount or range that changed, appeared or vanished. Years are never
/// quantities here, so "In 2018" → "In 2019" says nothing; nor are days of a month, section
/// references or the dollar conversion printed after an amount in local currency.
/// </summary>
internal static class NumberRule
{
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
            foreach (var m in Mentions(reading, withValues: false))
            {
                if (IsCountOfPeople(reading, m))
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

        var before = Mentions(row.Old!, withValues: true);
        var after = Mentions(row.New!, withValues: true);
        if (before.Count + after.Count == 0)
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
        var largestShift = 0.0;
        var pairedOld = new bool[removed.Count];
        var pairedNew = new bool[added.Count];
        var pairs = 0;
        var people = false;
        foreach (var hunk in row.Hunks)
        {
            int o = 0, n = 0;
            while (true)
            {
                o = NextInside(old, removed, pairedOld, o, hunk.OldStart, hunk.OldEnd);
                n = NextInside(@new, added, pairedNew, n, hunk.NewStart, hunk.NewEnd);
                if (o < 0 || n < 0)
                {
                    break;
                }

                var (before, after) = (removed[o], added[n]);
                var context = after.HasContext ? $" ({Context(@new, after)})" : string.Empty;
                items.Add($"{Raw(old, before)} → {Raw(@new, after)}{context}");
                largestShift = Math.Max(largestShift, Shift(before.Value!, after.Value!));
                people |= IsCountOfPeople(@new, after);
                pairedOld[o] = true;
                pairedNew[n] = true;
                pairs++;
            }
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

            var counts = IsCountOfPeople(reading, m);
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

    /// <summary>The first unpaired mention from <paramref name="from"/> on that the hunk touches, or -1.</summary>
    private static int NextInside(SentenceReading reading, List<NumberMention> mentions, bool[] paired, int from, int start, int end)
    {
        for (var i = from; i < mentions.Count; i++)
        {
            // A word diff may cut inside a number ("1,[-568-]{+215+}"): touching is enough.
            var token = reading.Tokens[mentions[i].Token];
            if (!paired[i] && token.Start < end && token.End > start)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The sentence's numbers that state quantities, in order; one shared empty list when none, which callers only read.</summary>
    public static List<NumberMention> Mentions(SentenceReading reading, bool withValues)
    {
        List<NumberMention>? list = null;
        var tokens = reading.Tokens;
        foreach (var i in reading.Marked)
        {
            var token = tokens[i];
            string? value = null;
            if (token.Shape == TokenShape.Number)
            {
                var digits = reading.Word(i);
                if (IsYear(digits) || IsDay(reading, i, digits) || IsReference(reading, i) || IsConversion(reading, i))
                {
                    continue;
                }

                if (withValues)
                {
                    value = digits.Contains(',') ? digits.ToString().Replace(",", string.Empty, StringComparison.Ordinal) : digits.ToString();
                }
            }
            else if ((token.Classes & WordClass.NumberWord) == 0 || !Lexicon.NumberWords.TryGet(reading, i, out var wordValue) || IsIdiom(reading, i))
            {
                continue;
            }
            else if (withValues)
            {
                value = wordValue.ToString(CultureInfo.InvariantCulture);
            }

            (list ??= []).Add(new NumberMention(i, ContextEnd(reading, i), value));
        }

        return list ?? NoMentions;
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

    private static string Raw(SentenceReading reading, NumberMention m) => reading.Span(m.Token, m.Token);

    private static string Context(SentenceReading reading, NumberMention m) => reading.Span(m.Token + 1, m.ContextLast);

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

        var context = reading.Slice(m.Token + 1, m.ContextLast);
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

    private static bool IsDay(SentenceReading reading, int i, ReadOnlySpan<char> digits)
    {
        // The value with thousands separators dropped; a decimal point makes it no day.
        var day = 0;
        foreach (var c in digits)
        {
            if (c == '.')
            {
                return false;
            }

            if (c != ',' && (day = (day * 10) + (c - '0')) > 31)
            {
                return false;
            }
        }

        if (day < 1)
        {
            return false;
        }

        var tokens = reading.Tokens;
        return (i > 0 && Lexicon.Months.Contains(reading, i - 1)) || (i + 1 < tokens.Length && Lexicon.Months.Contains(reading, i + 1));
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
