using System.Collections.Immutable;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Each side of one section pair as one lower-case string, joined on first need and then kept
/// for the section's other rows: tells whether the section mentions a term anywhere.
/// </summary>
internal sealed class SectionText
{
    private readonly ImmutableArray<SentenceChange> _rows;
    private readonly bool _hasCounterpart;
    private readonly Dictionary<(string Term, bool InOld), bool> _answers = [];
    private string? _old;
    private string? _new;

    public SectionText(ImmutableArray<SentenceChange> rows, bool hasCounterpart)
    {
        _rows = rows;
        _hasCounterpart = hasCounterpart;
    }

    /// <summary>
    /// True when the old (or new) side of the section mentions the term, case-blind; always true
    /// for a section added or removed whole, which the section flag already covers.
    /// </summary>
    public bool Mentions(string term, bool inOld)
    {
        if (!_hasCounterpart)
        {
            return true;
        }

        // A section's rows ask about the same few terms again and again.
        if (!_answers.TryGetValue((term, inOld), out var mentions))
        {
            var text = inOld ? _old ??= Join(inOld) : _new ??= Join(inOld);
            _answers[(term, inOld)] = mentions = text.Contains(term.ToLowerInvariant(), StringComparison.Ordinal);
        }

        return mentions;
    }

    private string Join(bool inOld)
    {
        var parts = new List<string>(_rows.Length);
        foreach (var row in _rows)
        {
            if ((inOld ? row.Old : row.New) is { } text)
            {
                parts.Add(text);
            }
        }

        // Lower case once: an ordinal search is vectorised, a case-blind one is not.
        return string.Join('\n', parts).ToLowerInvariant();
    }
}
