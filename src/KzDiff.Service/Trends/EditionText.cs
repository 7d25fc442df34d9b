using System.Collections.Immutable;

namespace KzDiff.Service.Trends;

/// <summary>
/// One stored edition's report text, kept in memory as read and case-folded, so that any term (an
/// arbitrary substring chosen by the user) is counted by scanning it, never by parsing the edition again.
/// </summary>
/// <param name="EditionId">The stored edition.</param>
/// <param name="Country">Country key.</param>
/// <param name="CountryName">Country name as the edition prints it.</param>
/// <param name="Year">The year the report covers.</param>
/// <param name="Text">Every paragraph in document order, one per line, as printed.</param>
/// <param name="Folded"><paramref name="Text"/> in lower case, character for character (same offsets).</param>
/// <param name="Words">Whitespace-separated words of the text.</param>
/// <param name="SentenceStarts">Offset of every sentence, ascending.</param>
/// <param name="Sections">Every node of the tree in document order with the span of its subtree.</param>
public sealed record EditionText(
    Guid EditionId,
    string Country,
    string CountryName,
    int Year,
    string Text,
    string Folded,
    int Words,
    ImmutableArray<int> SentenceStarts,
    ImmutableArray<TextSpan> Sections)
{
    /// <summary>The sentence around an offset, as printed.</summary>
    public (int Start, string Sentence) SentenceAt(int offset)
    {
        var i = SentenceStarts.BinarySearch(offset);
        if (i < 0)
        {
            i = Math.Max(0, ~i - 1);
        }

        var start = SentenceStarts.IsEmpty ? 0 : SentenceStarts[i];
        var end = i + 1 < SentenceStarts.Length ? SentenceStarts[i + 1] : Text.Length;
        return (start, Text[start..end].Trim());
    }

    /// <summary>The innermost section holding an offset (the document root when no other does).</summary>
    public TextSpan SectionAt(int offset)
    {
        var found = Sections[0];
        foreach (var span in Sections)
        {
            if (span.Start > offset)
            {
                break;
            }

            // Depth-first order: a later span that still holds the offset lies inside the earlier ones.
            if (offset < span.End)
            {
                found = span;
            }
        }

        return found;
    }
}
