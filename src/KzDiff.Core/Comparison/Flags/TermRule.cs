using System.Collections.Immutable;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>A watched term in added, removed or changed text (for an edited sentence: its count changed).</summary>
internal sealed class TermRule
{
    /// <summary>Terms whose every change an analyst reads first.</summary>
    private static readonly HashSet<string> Grave = new(StringComparer.OrdinalIgnoreCase) { "torture", "killed", "death in custody", "political prisoner" };

    private readonly PhraseLexicon<string> _terms;

    public TermRule(IReadOnlyList<string> terms)
    {
        _terms = new PhraseLexicon<string>(terms.Select(t => (t, t)), stems: true);
    }

    public void Apply(RowText row, FlagSink sink, Func<string, bool> sectionMentions)
    {
        if (!row.IsPair)
        {
            // A whole sentence added or removed: the term counts when the section now mentions it
            // for the first time, or no longer at all.
            var reading = row.Old ?? row.New!;
            foreach (var m in _terms.Find(reading))
            {
                if (!sectionMentions(m.Value))
                {
                    var what = row.Old is null ? "first mention in this section" : "no longer mentioned in this section";
                    sink.Add(FlagKind.Term, Grave.Contains(m.Value) ? 0.5 : 0.35, $"'{reading.Span(m.First, m.Last)}' ({what})");
                    return;
                }
            }

            return;
        }

        var before = _terms.Find(row.Old!);
        var after = _terms.Find(row.New!);
        var lost = MatchCounts.Surplus(before, after, static v => v, m => row.Touched(true, m.First, m.Last));
        var gained = MatchCounts.Surplus(after, before, static v => v, m => row.Touched(false, m.First, m.Last));
        var changes = lost.Select(m => (Old: true, Match: m)).Concat(gained.Select(m => (Old: false, Match: m))).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var grave = changes.Any(c => Grave.Contains(c.Match.Value));
        var text = string.Join("; ", changes.Take(2).Select(c => $"'{(c.Old ? row.Old! : row.New!).Span(c.Match.First, c.Match.Last)}' {(c.Old ? "removed" : "added")}"));
        sink.Add(FlagKind.Term, (grave ? 0.6 : 0.45) - (0.2 * row.ChangedShare), text);
    }

    public ImmutableArray<string> Find(SentenceReading reading) => [.. _terms.Find(reading).Select(static m => m.Value)];
}
