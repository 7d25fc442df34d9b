using System.Buffers;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>A watched term in added, removed or changed text (for an edited sentence: its count changed).</summary>
internal sealed class TermRule
{
    /// <summary>Terms whose every change an analyst reads first.</summary>
    private static readonly HashSet<string> Grave = new(StringComparer.OrdinalIgnoreCase) { "torture", "killed", "death in custody", "political prisoner" };

    /// <summary>
    /// The rule of the last term list asked for: nearly every comparison watches the configured
    /// defaults, and building the lexicon and word index each time would cost more than flagging a small pair.
    /// </summary>
    private static TermRule? _last;

    private readonly string[] _list;
    private readonly PhraseLexicon<string> _terms;

    /// <summary>Each term as a case-blind search of a whole sentence, for whether a section mentions it.</summary>
    private readonly Dictionary<string, SearchValues<string>> _searches = new(StringComparer.Ordinal);

    private TermRule(string[] terms)
    {
        _list = terms;
        _terms = new PhraseLexicon<string>(WordClass.Term, terms.Select(static t => (t, t)), stems: true);
        Index = WordIndex.WithTerms(_terms.Keys);
        foreach (var term in terms)
        {
            _searches.TryAdd(term, SearchValues.Create([term], StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The index the rows must be read with: the fixed word lists and these terms.</summary>
    public WordIndex Index { get; }

    public static TermRule For(IReadOnlyList<string> terms)
    {
        var last = _last;
        if (last is not null && last._list.AsSpan().SequenceEqual([.. terms]))
        {
            return last;
        }

        return _last = new TermRule([.. terms]);
    }

    public void Apply(RowText row, FlagSink sink, SectionText section)
    {
        if (!row.IsPair)
        {
            // A whole sentence added or removed: the term counts when the section now mentions it
            // for the first time, or no longer at all.
            var reading = row.Old ?? row.New!;
            foreach (var m in _terms.Find(reading))
            {
                if (!section.Mentions(m.Value, _searches[m.Value], inOld: row.Old is null))
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
        if (before.Count + after.Count == 0)
        {
            return;
        }

        var lost = MatchCounts.Surplus(before, after, static v => v, row, oldSide: true);
        var gained = MatchCounts.Surplus(after, before, static v => v, row, oldSide: false);
        if (lost.Count + gained.Count == 0)
        {
            return;
        }

        var grave = lost.Exists(static m => Grave.Contains(m.Value)) || gained.Exists(static m => Grave.Contains(m.Value));
        var text = string.Join("; ", lost.Select(m => (Old: true, Match: m)).Concat(gained.Select(m => (Old: false, Match: m))).Take(2)
            .Select(c => $"'{(c.Old ? row.Old! : row.New!).Span(c.Match.First, c.Match.Last)}' {(c.Old ? "removed" : "added")}"));
        sink.Add(FlagKind.Term, (grave ? 0.6 : 0.45) - (0.2 * row.ChangedShare), text);
    }
}
