namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Negation or direction flipped in an edited sentence: a negation gained or lost ("there were
/// no reports" → "there was one report", "did not" → "did"), or one pole of a direction leaving
/// as the opposite pole arrives ("increased" → "decreased", "continued" → "ceased").
/// </summary>
internal static class PolarityRule
{
    public static void Apply(RowText row, FlagSink sink)
    {
        if (!row.IsPair)
        {
            return;
        }

        var before = Negations(row.Old!);
        var after = Negations(row.New!);
        if (before.Count != after.Count)
        {
            var oldSide = before.Count > after.Count;
            var side = oldSide ? before : after;
            var trigger = side.FirstOrDefault(m => row.Touched(oldSide, m.First, m.Last), side[0]);
            if (row.InLongOneSidedHunk(oldSide, trigger.First, trigger.Last))
            {
                // A whole clause with a "not" in it was cut or added: new content, not a flipped statement.
                return;
            }

            sink.Tally.Flipped++;
            sink.Add(FlagKind.Polarity, 0.8 - (0.35 * row.ChangedShare), row.Describe(oldSide, trigger.First, trigger.Last));
            return;
        }

        var oldDirections = Lexicon.Directions.Find(row.Old!);
        var newDirections = Lexicon.Directions.Find(row.New!);
        var lost = MatchCounts.Surplus(oldDirections, newDirections, static v => v.Group + v.Pole, m => row.Touched(true, m.First, m.Last));
        var gained = MatchCounts.Surplus(newDirections, oldDirections, static v => v.Group + v.Pole, m => row.Touched(false, m.First, m.Last));
        foreach (var l in lost)
        {
            var g = gained.FindIndex(m => m.Value.Group == l.Value.Group && m.Value.Pole == -l.Value.Pole);
            if (g >= 0)
            {
                var text = row.Describe(true, l.First, l.Last);
                if (text.EndsWith("removed", StringComparison.Ordinal))
                {
                    text = $"'{row.Old!.Span(l.First, l.Last)}' → '{row.New!.Span(gained[g].First, gained[g].Last)}'";
                }

                sink.Tally.Flipped++;
                sink.Add(FlagKind.Polarity, 0.75 - (0.3 * row.ChangedShare), text);
                return;
            }
        }
    }

    /// <summary>Negations, leaving out "No." before a number ("Law No. 5").</summary>
    private static List<PhraseMatch<string>> Negations(SentenceReading reading)
    {
        var matches = Lexicon.Negations.Find(reading);
        matches.RemoveAll(m => m.Value == "no" && m.Last + 1 < reading.Tokens.Length && reading.Tokens[m.Last + 1].Shape == TokenShape.Number);
        return matches;
    }
}
