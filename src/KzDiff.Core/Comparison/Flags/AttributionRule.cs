namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Who says it or how sure it is changed: a marker of attribution or certainty gained or lost
/// ("credible reports", "allegedly", "according to Freedom House"), or the source after
/// "according to" replaced. A whole added or removed sentence counts only for a strong marker.
/// </summary>
internal static class AttributionRule
{
    private const int MaxSourceWords = 7;

    public static void Apply(RowText row, FlagSink sink)
    {
        if (!row.IsPair)
        {
            var reading = row.Old ?? row.New!;
            foreach (var strong in Lexicon.Attributions.Find(reading))
            {
                if (strong.Value.Strong)
                {
                    var where = row.Old is null ? "in an added sentence" : "in a removed sentence";
                    sink.Add(FlagKind.Attribution, 0.45, $"'{reading.Span(strong.First, strong.Last)}' {where}");
                    return;
                }
            }

            return;
        }

        var before = Lexicon.Attributions.Find(row.Old!);
        var after = Lexicon.Attributions.Find(row.New!);
        if (before.Count + after.Count == 0)
        {
            return;
        }

        var lost = MatchCounts.Surplus(before, after, static v => v.Marker, row, oldSide: true);
        var gained = MatchCounts.Surplus(after, before, static v => v.Marker, row, oldSide: false);
        if (lost.Count + gained.Count > 0)
        {
            var oldSide = gained.Count == 0;
            var m = oldSide ? lost[0] : gained[0];
            var reading = oldSide ? row.Old! : row.New!;
            var last = m.Value.Marker == "according to" ? SourceEnd(reading, m.Last) : m.Last;
            var text = $"'{reading.Span(m.First, last)}' {(oldSide ? "removed" : "added")}";
            var strong = lost.Exists(static x => x.Value.Strong) || gained.Exists(static x => x.Value.Strong);
            sink.Add(FlagKind.Attribution, (strong ? 0.7 : 0.6) - (0.25 * row.ChangedShare), text);
            return;
        }

        var oldSources = Sources(row.Old!, before);
        var newSources = Sources(row.New!, after);
        for (var i = 0; i < oldSources.Count && i < newSources.Count; i++)
        {
            if (!string.Equals(Fold(oldSources[i]), Fold(newSources[i]), StringComparison.Ordinal))
            {
                sink.Add(FlagKind.Attribution, 0.55 - (0.25 * row.ChangedShare), $"source '{oldSources[i]}' → '{newSources[i]}'");
                return;
            }
        }
    }

    private static List<string> Sources(SentenceReading reading, List<PhraseMatch<(string Marker, bool Strong)>> matches)
    {
        var sources = new List<string>();
        foreach (var m in matches)
        {
            var end = SourceEnd(reading, m.Last);
            if (m.Value.Marker == "according to" && end > m.Last)
            {
                sources.Add(reading.Span(m.Last + 1, end));
            }
        }

        return sources;
    }

    /// <summary>The last token of the source named after "according to": up to the clause break, a few words at most.</summary>
    private static int SourceEnd(SentenceReading reading, int markerLast)
    {
        var end = markerLast;
        for (var k = markerLast + 1; k < reading.Tokens.Length && k <= markerLast + MaxSourceWords; k++)
        {
            if (reading.BreakBetween(k - 1, k))
            {
                break;
            }

            end = k;
        }

        return end;
    }

    private static string Fold(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
