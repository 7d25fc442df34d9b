using System.Buffers;
using System.Text;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>A watched term in added, removed or changed text (for an edited sentence: its count changed).</summary>
internal sealed class TermRule
{
    /// <summary>Terms whose every change an analyst reads first.</summary>
    private static readonly HashSet<string> Grave = new(StringComparer.OrdinalIgnoreCase) { "torture", "killed", "death in custody", "political prisoner" };

    private readonly PhraseLexicon<string> _terms;

    /// <summary>
    /// The first word of every term: a sentence holding none of them anywhere in its text cannot
    /// hold a term, and one vectorised search of the text says so. Null when a term is not plain
    /// ASCII, where case-blind search and lower-casing could disagree.
    /// </summary>
    private readonly SearchValues<string>? _firstWords;

    public TermRule(IReadOnlyList<string> terms)
    {
        _terms = new PhraseLexicon<string>(terms.Select(static t => (t, t)), stems: true);
        var firstWords = new List<string>();
        foreach (var term in terms)
        {
            var reading = SentenceReading.Read(term);
            if (reading.Tokens.Length > 0)
            {
                firstWords.Add(reading.Word(0).ToString());
            }
        }

        _firstWords = firstWords.TrueForAll(static w => Ascii.IsValid(w))
            ? SearchValues.Create(firstWords.ToArray(), StringComparison.OrdinalIgnoreCase)
            : null;
    }

    public void Apply(RowText row, FlagSink sink, SectionText section)
    {
        if (!row.IsPair)
        {
            // A whole sentence added or removed: the term counts when the section now mentions it
            // for the first time, or no longer at all.
            var reading = row.Old ?? row.New!;
            if (!MayHold(reading))
            {
                return;
            }

            foreach (var m in _terms.Find(reading))
            {
                if (!section.Mentions(m.Value, inOld: row.Old is null))
                {
                    var what = row.Old is null ? "first mention in this section" : "no longer mentioned in this section";
                    sink.Add(FlagKind.Term, Grave.Contains(m.Value) ? 0.5 : 0.35, $"'{reading.Span(m.First, m.Last)}' ({what})");
                    return;
                }
            }

            return;
        }

        if (!MayHold(row.Old!) && !MayHold(row.New!))
        {
            return;
        }

        var before = _terms.Find(row.Old!);
        var after = _terms.Find(row.New!);
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

    private bool MayHold(SentenceReading reading) => _firstWords is null || reading.Text.AsSpan().ContainsAny(_firstWords);
}
