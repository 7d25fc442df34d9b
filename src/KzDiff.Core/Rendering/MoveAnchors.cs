using System.Globalization;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// Pairs the two ends of every moved sentence, for the HTML export and the compare page alike. A
/// move appears twice in a comparison: in the section it left (with MovedTo) and in the section it
/// joined (with MovedFrom naming the section it left), both carrying the old text. Ends are paired
/// by that section path and old text, in document order when the same sentence moved more than
/// once; an end whose partner is filtered out (a section filter) stays unpaired.
/// </summary>
public sealed class MoveAnchors
{
    private readonly Dictionary<SentenceChange, (string Id, string Other, SentenceChange? Partner)> _ends = new(ReferenceEqualityComparer.Instance);

    private MoveAnchors()
    {
    }

    public static MoveAnchors Assign(EditionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var anchors = new MoveAnchors();
        var departures = new Dictionary<(string Path, string Text), Queue<SentenceChange>>();
        var arrivals = new Dictionary<(string Path, string Text), Queue<SentenceChange>>();
        var unpairable = new List<SentenceChange>();
        var count = 0;
        foreach (var section in comparison.Sections)
        {
            foreach (var row in section.Sentences)
            {
                if (row.Status != SentenceStatus.Moved)
                {
                    continue;
                }

                // The departure is keyed by the section it left; the arrival names that section in MovedFrom.
                var departing = row.MovedTo is not null;
                var path = departing ? section.Old?.Path : row.MovedFrom;
                if (path is null || row.Old is null)
                {
                    unpairable.Add(row);
                    continue;
                }

                var key = (path, row.Old);
                var (mine, theirs) = departing ? (departures, arrivals) : (arrivals, departures);
                if (theirs.TryGetValue(key, out var waiting) && waiting.Count > 0)
                {
                    var first = waiting.Dequeue();
                    var a = string.Create(CultureInfo.InvariantCulture, $"m{count}a");
                    var b = string.Create(CultureInfo.InvariantCulture, $"m{count}b");
                    count++;
                    anchors._ends[first] = (a, b, row);
                    anchors._ends[row] = (b, a, first);
                    continue;
                }

                if (!mine.TryGetValue(key, out var queue))
                {
                    mine[key] = queue = new Queue<SentenceChange>();
                }

                queue.Enqueue(row);
            }
        }

        foreach (var row in departures.Values.Concat(arrivals.Values).SelectMany(q => q).Concat(unpairable))
        {
            // Link to itself rather than to a wrong row.
            var id = string.Create(CultureInfo.InvariantCulture, $"m{count++}");
            anchors._ends[row] = (id, id, null);
        }

        return anchors;
    }

    /// <summary>The HTML id of a moved row and the id of its other end (its own when unpaired).</summary>
    public (string Id, string Other) For(SentenceChange row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var end = _ends[row];
        return (end.Id, end.Other);
    }

    /// <summary>The other end of a moved row, or null when it is not a move or its partner is not in the comparison.</summary>
    public SentenceChange? OtherEnd(SentenceChange row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _ends.TryGetValue(row, out var end) ? end.Partner : null;
    }
}
