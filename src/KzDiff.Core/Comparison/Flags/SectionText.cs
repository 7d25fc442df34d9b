using System.Buffers;
using System.Collections.Immutable;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// One section pair's sentences, asked whether a side mentions a term anywhere; answers kept
/// for the section's other rows, which ask about the same few terms again and again.
/// </summary>
internal sealed class SectionText
{
    private readonly ImmutableArray<SentenceChange> _rows;
    private readonly bool _hasCounterpart;
    private Dictionary<(string Term, bool InOld), bool>? _answers;

    public SectionText(ImmutableArray<SentenceChange> rows, bool hasCounterpart)
    {
        _rows = rows;
        _hasCounterpart = hasCounterpart;
    }

    /// <summary>
    /// True when a sentence of the old (or new) side of the section contains the term, case-blind;
    /// always true for a section added or removed whole, which the section flag already covers.
    /// </summary>
    /// <param name="term">The term.</param>
    /// <param name="search">The term as a vectorised case-blind search (<see cref="SearchValues{T}"/> of the one term).</param>
    /// <param name="inOld">Which side to search.</param>
    public bool Mentions(string term, SearchValues<string> search, bool inOld)
    {
        if (!_hasCounterpart)
        {
            return true;
        }

        _answers ??= [];
        if (!_answers.TryGetValue((term, inOld), out var mentions))
        {
            foreach (var row in _rows)
            {
                if ((inOld ? row.Old : row.New) is { } text && text.AsSpan().ContainsAny(search))
                {
                    mentions = true;
                    break;
                }
            }

            _answers[(term, inOld)] = mentions;
        }

        return mentions;
    }
}
