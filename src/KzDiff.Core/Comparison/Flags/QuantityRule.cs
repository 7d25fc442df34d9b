namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// A vague quantifier or intensity word changed in an edited sentence: "thousands" → "many" is
/// softer, "several well-publicized reports" added is stronger. Swaps of about the same
/// strength ("serious" → "significant") say nothing.
/// </summary>
internal static class QuantityRule
{
    private const double MinimumShift = 0.5;

    public static void Apply(RowText row, FlagSink sink)
    {
        if (!row.IsPair)
        {
            return;
        }

        var before = Lexicon.Quantities.Find(row.Old!);
        var after = Lexicon.Quantities.Find(row.New!);
        if (before.Count + after.Count == 0)
        {
            return;
        }

        var removed = MatchCounts.Surplus(before, after, static v => v.Word, row, oldSide: true);
        var added = MatchCounts.Surplus(after, before, static v => v.Word, row, oldSide: false);
        if (removed.Count + added.Count == 0)
        {
            return;
        }

        var shift = Strength(added) - Strength(removed);
        if (removed.Count > 0 && added.Count > 0 && Math.Abs(shift) < MinimumShift)
        {
            return;
        }

        string text;
        if (removed.Count > 0 && added.Count > 0)
        {
            text = $"'{Words(row.Old!, removed)}' → '{Words(row.New!, added)}'";
        }
        else
        {
            var oldSide = removed.Count > 0;
            var m = oldSide ? removed[0] : added[0];
            text = row.Describe(oldSide, m.First, m.Last);
        }

        var softer = shift < 0;
        if (softer)
        {
            sink.Tally.Softened++;
        }
        else
        {
            sink.Tally.Strengthened++;
        }

        var score = 0.5 + (0.05 * Math.Min(4, Math.Abs(shift))) - (0.25 * row.ChangedShare);
        sink.Add(FlagKind.Quantity, score, $"{text} ({(softer ? "softer" : "stronger")})");
    }

    private static double Strength(List<PhraseMatch<(string Word, double Strength)>> matches)
    {
        var sum = 0.0;
        foreach (var m in matches)
        {
            sum += m.Value.Strength;
        }

        return sum;
    }

    private static string Words(SentenceReading reading, List<PhraseMatch<(string Word, double Strength)>> matches) =>
        string.Join(", ", matches.Select(m => reading.Span(m.First, m.Last)).Distinct(StringComparer.OrdinalIgnoreCase));
}
