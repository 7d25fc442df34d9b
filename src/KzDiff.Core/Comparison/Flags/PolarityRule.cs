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
            var trigger = side[0];
            foreach (var m in side)
            {
                if (row.Touched(oldSide, m.First, m.Last))
                {
                    trigger = m;
                    break;
                }
            }

            if (row.InLongOneSidedHunk(oldSide, trigger.First, trigger.Last))
            {
                // A whole clause with a "not" in it was cut or added: new content, not a flipped statement.
                return;
            }

            if (ImplicitNegations(oldSide ? row.New!.Text : row.Old!.Text) > ImplicitNegations(oldSide ? row.Old!.Text : row.New!.Text))
            {
                // "with the exception of engaging" → "but cannot engage": the same limit reworded,
                // the other sentence says "no" without a negation word.
                return;
            }

            sink.Tally.Flipped++;
            sink.Add(FlagKind.Polarity, 0.8 - (0.35 * row.ChangedShare), row.Describe(oldSide, trigger.First, trigger.Last));
            return;
        }

        var oldDirections = Lexicon.Directions.Find(row.Old!);
        var newDirections = Lexicon.Directions.Find(row.New!);
        if (oldDirections.Count == 0 || newDirections.Count == 0)
        {
            // A flip needs a direction on each side.
            return;
        }

        var lost = MatchCounts.Surplus(oldDirections, newDirections, static v => v, row, oldSide: true);
        var gained = MatchCounts.Surplus(newDirections, oldDirections, static v => v, row, oldSide: false);
        foreach (var l in lost)
        {
            foreach (var g in gained)
            {
                if (g.Value.Group == l.Value.Group && g.Value.Pole == -l.Value.Pole)
                {
                    var text = row.Describe(true, l.First, l.Last);
                    if (text.EndsWith("removed", StringComparison.Ordinal))
                    {
                        text = $"'{row.Old!.Span(l.First, l.Last)}' → '{row.New!.Span(g.First, g.Last)}'";
                    }

                    sink.Tally.Flipped++;
                    sink.Add(FlagKind.Polarity, 0.75 - (0.3 * row.ChangedShare), text);
                    return;
                }
            }
        }
    }

    /// <summary>Stems of words that negate without a negation word: "except", "without", "unless", "lacked", "failed to", "absence".</summary>
    private static readonly string[] ImplicitNegationStems = ["except", "without", "unless", "lack", "fail", "absen", "barring"];

    /// <summary>How many words of the text start with an implicit negation.</summary>
    private static int ImplicitNegations(ReadOnlySpan<char> text)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            foreach (var stem in ImplicitNegationStems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>Negations, leaving out "No." before a number ("Law No. 5"); a copy only when there is one such, as the lexicon's list is kept on the reading.</summary>
    private static List<PhraseMatch<string>> Negations(SentenceReading reading)
    {
        var matches = Lexicon.Negations.Find(reading);
        List<PhraseMatch<string>>? kept = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (m.Value == "no" && m.Last + 1 < reading.Tokens.Length && reading.Tokens[m.Last + 1].Shape == TokenShape.Number)
            {
                kept ??= matches.GetRange(0, i);
            }
            else
            {
                kept?.Add(m);
            }
        }

        return kept ?? matches;
    }
}
