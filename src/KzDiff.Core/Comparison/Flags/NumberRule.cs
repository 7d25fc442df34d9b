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

    public static void Apply(RowText row, FlagSink sink)
    {
        var before = row.Old is null ? [] : Mentions(row.Old);
        var after = row.New is null ? [] : Mentions(row.New);
        var removed = Unmatched(before, after);
        var added = Unmatched(after, before);
        if (removed.Count + added.Count == 0)
        {
            return;
        }

        if (!row.IsPair)
        {
            // A whole new or dropped sentence with figures: only counts of people or events are
            // worth a flag on their own; every dated event would otherwise carry one.
            var counts = (row.Old is null ? added : removed).Where(m => IsCountOfPeople(m.Context)).ToList();
            if (counts.Count == 0)
            {
                return;
            }

            var verb = row.Old is null ? "added" : "removed";
            sink.Add(FlagKind.Number, 0.4, string.Join("; ", counts.Take(MaxItems).Select(m => $"'{Phrase(m)}' {verb}")), numbers: counts.Count);
            return;
        }

        // A number replaces another only inside the same hunk: "[-106-]{+102+} criminal cases".
        // Figures from different clauses of a rewrite are listed apart, not paired by accident.
        var items = new List<string>();
        var largestShift = 0.0;
        var pairedOld = new HashSet<NumberMention>();
        var pairedNew = new HashSet<NumberMention>();
        foreach (var hunk in row.Hunks)
        {
            var olds = removed.Where(m => !pairedOld.Contains(m) && Inside(row.Old!, m, hunk.OldStart, hunk.OldEnd)).ToList();
            var news = added.Where(m => !pairedNew.Contains(m) && Inside(row.New!, m, hunk.NewStart, hunk.NewEnd)).ToList();
            for (var i = 0; i < olds.Count && i < news.Count; i++)
            {
                var context = news[i].Context.Length > 0 ? $" ({news[i].Context})" : string.Empty;
                items.Add($"{olds[i].Raw} → {news[i].Raw}{context}");
                largestShift = Math.Max(largestShift, Shift(olds[i].Value, news[i].Value));
                pairedOld.Add(olds[i]);
                pairedNew.Add(news[i]);
            }
        }

        // A lone "one" is as often a pronoun ("One reason", "one article") as a count: it stays
        // only when it counts people or events ("one reported killing").
        removed.RemoveAll(m => pairedOld.Contains(m) || (m.Value == "1" && !IsCountOfPeople(m.Context)));
        added.RemoveAll(m => pairedNew.Contains(m) || (m.Value == "1" && !IsCountOfPeople(m.Context)));
        if (items.Count + removed.Count + added.Count == 0)
        {
            return;
        }

        if (removed.Count + added.Count > 0)
        {
            largestShift = Math.Max(largestShift, 0.5);
        }

        items.AddRange(removed.Select(m => $"'{Phrase(m)}' removed"));
        items.AddRange(added.Select(m => $"'{Phrase(m)}' added"));
        var people = removed.Concat(added).Concat(pairedNew).Any(m => IsCountOfPeople(m.Context));
        var score = 0.55 + (0.2 * largestShift) + (people ? 0.1 : 0) - (0.15 * row.ChangedShare);
        var text = string.Join("; ", items.Take(MaxItems)) + (items.Count > MaxItems ? "; …" : string.Empty);
        sink.Add(FlagKind.Number, score, text, numbers: pairedNew.Count + removed.Count + added.Count);
    }

    public static List<NumberMention> Mentions(SentenceReading reading)
    {
        var list = new List<NumberMention>();
        var tokens = reading.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            string value;
            if (token.Shape == TokenShape.Number)
            {
                value = token.Lower.Replace(",", string.Empty, StringComparison.Ordinal);
                if (IsYear(token.Lower) || IsDay(reading, i, value) || IsReference(tokens, i) || IsConversion(reading, i))
                {
                    continue;
                }
            }
            else if (Lexicon.NumberWords.TryGetValue(token.Lower, out var wordValue) && !IsIdiom(tokens, i))
            {
                value = wordValue.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                continue;
            }

            list.Add(new NumberMention(i, value, reading.Span(i, i), Context(reading, i)));
        }

        return list;
    }

    /// <summary>Mentions of <paramref name="side"/> whose value the other side lacks, as a multiset difference, in sentence order.</summary>
    private static List<NumberMention> Unmatched(List<NumberMention> side, List<NumberMention> other)
    {
        var left = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in other)
        {
            left[m.Value] = left.GetValueOrDefault(m.Value) + 1;
        }

        var result = new List<NumberMention>();
        foreach (var m in side)
        {
            if (left.GetValueOrDefault(m.Value) > 0)
            {
                left[m.Value]--;
            }
            else
            {
                result.Add(m);
            }
        }

        return result;
    }

    /// <summary>True when the hunk touches the number: a word diff may cut inside one ("1,[-568-]{+215+}").</summary>
    private static bool Inside(SentenceReading reading, NumberMention m, int start, int end) =>
        reading.Tokens[m.Token].Start < end && reading.Tokens[m.Token].End > start;

    private static string Phrase(NumberMention m) => m.Context.Length > 0 ? $"{m.Raw} {m.Context}" : m.Raw;

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

    private static bool IsCountOfPeople(string context)
    {
        foreach (var word in context.Split(' '))
        {
            var lower = word.ToLowerInvariant();
            foreach (var stem in PeopleWords)
            {
                if (lower.StartsWith(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsYear(string lower) => lower.Length == 4 && lower[0] is '1' or '2' && int.TryParse(lower, out var y) && y is >= 1900 and <= 2100;

    private static bool IsDay(SentenceReading reading, int i, string value)
    {
        if (!int.TryParse(value, out var day) || day is < 1 or > 31)
        {
            return false;
        }

        var tokens = reading.Tokens;
        return (i > 0 && Lexicon.Months.Contains(tokens[i - 1].Lower)) || (i + 1 < tokens.Length && Lexicon.Months.Contains(tokens[i + 1].Lower));
    }

    private static bool IsReference(Token[] tokens, int i) => i > 0 && Lexicon.ReferenceWords.Contains(tokens[i - 1].Lower);

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
    private static bool IsIdiom(Token[] tokens, int i)
    {
        if (tokens[i].Lower != "one")
        {
            return false;
        }

        var next = i + 1 < tokens.Length ? tokens[i + 1].Lower : string.Empty;
        var previous = i > 0 ? tokens[i - 1].Lower : string.Empty;
        return next is "of" or "another" or "or" || previous is "no" or "any" or "every" or "the" or "this" or "that";
    }

    /// <summary>Words a quoted context should not end on ("20 percent of a" reads as "20 percent").</summary>
    private static readonly HashSet<string> TrailingWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "on", "at", "in", "for", "from", "with", "and", "or", "who", "which", "that", "were", "was",
        "had", "have", "has", "is", "are", "be", "by", "whose", "as",
    };

    private static string Context(SentenceReading reading, int i)
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

        while (last > i && TrailingWords.Contains(tokens[last].Lower))
        {
            last--;
        }

        return last == i ? string.Empty : reading.Span(i + 1, last);
    }
}
