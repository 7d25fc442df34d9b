using System.Collections.Immutable;
using System.Globalization;
using KzDiff.Core.Comparison.Alignment;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Runs every rule on every changed row of a comparison: modified, added, removed and
/// moved-and-edited sentences. Formatting and routine rows carry no flags, by definition of those
/// classes. A move's flags are computed and tallied once and carried by its arrival row only, so
/// the reader meets one set of badges per change (the departure row points to the arrival).
/// </summary>
internal sealed class RowFlagger
{
    private readonly TermRule _terms;
    private readonly EntityRule _entities;
    private readonly FlagSink _sink;
    private readonly Dictionary<(string, string), ImmutableArray<ChangeFlag>> _moves = [];

    private readonly EditionReadings _olderReadings;
    private readonly EditionReadings _newerReadings;

    // For a text that is no sentence of its edition (sentences joined by a split or a merge): one
    // reading per side, loaded with each such row in turn, so their token buffers are reused.
    private readonly SentenceReading _old = new();
    private readonly SentenceReading _new = new();
    private readonly RowText _row = new();

    public RowFlagger(FlagOptions options, EditionProfile older, EditionProfile newer, int newerYear)
    {
        _terms = TermRule.For(options.WatchTerms);
        _olderReadings = EditionReadings.For(older, _terms.Index);
        _newerReadings = EditionReadings.For(newer, _terms.Index);
        _entities = new EntityRule(new EditionVocabulary(older), new EditionVocabulary(newer), newerYear.ToString(CultureInfo.InvariantCulture));
        _sink = new FlagSink(Tally);
    }

    public FlagTally Tally { get; } = new();

    /// <summary>The section's rows with their flags; the same array when none changed.</summary>
    public ImmutableArray<SentenceChange> Flag(SectionReference? oldSection, SectionReference? newSection, ImmutableArray<SentenceChange> rows)
    {
        ImmutableArray<SentenceChange>.Builder? result = null;
        SectionText? section = null;
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            if (row.Kind != ChangeKind.Substantive)
            {
                continue;
            }

            section ??= new SectionText(rows, oldSection is not null && newSection is not null);
            var flags = FlagsOf(row, section);
            if (flags.IsEmpty || row.MovedTo is not null)
            {
                continue;
            }

            if (result is null)
            {
                result = rows.ToBuilder();
            }

            result[r] = row with { Flags = flags };
        }

        return result is null ? rows : result.MoveToImmutable();
    }

    private ImmutableArray<ChangeFlag> FlagsOf(SentenceChange row, SectionText section)
    {
        var moved = row.Status == SentenceStatus.Moved;
        if (moved && _moves.TryGetValue((row.Old!, row.New!), out var known))
        {
            return known;
        }

        var text = _row;
        text.Load(Read(_olderReadings, _old, row.Old), Read(_newerReadings, _new, row.New), row.Words);
        NumberRule.Apply(text, _sink);
        QuantityRule.Apply(text, _sink);
        PolarityRule.Apply(text, _sink);
        AttributionRule.Apply(text, _sink);
        _terms.Apply(text, _sink, section);
        _entities.Apply(text, _sink);
        var flags = _sink.Drain();
        if (moved)
        {
            _moves[(row.Old!, row.New!)] = flags;
        }

        return flags;
    }

    private SentenceReading? Read(EditionReadings edition, SentenceReading scratch, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (edition.Of(text) is { } kept)
        {
            return kept;
        }

        scratch.Load(text, _terms.Index);
        return scratch;
    }
}
