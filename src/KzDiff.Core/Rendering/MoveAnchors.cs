using System.Globalization;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// Gives both ends of each moved sentence an HTML id and the id of the other end. The two rows
/// of a move carry the same old and new text; rows are paired in document order.
/// </summary>
internal sealed class MoveAnchors
{
    private readonly Dictionary<SentenceChange, (string Id, string Other)> _ids = new(ReferenceEqualityComparer.Instance);

    public static MoveAnchors Assign(EditionComparison comparison)
    {
        var anchors = new MoveAnchors();
        var waiting = new Dictionary<(string?, string?), Queue<SentenceChange>>();
        var count = 0;
        foreach (var section in comparison.Sections)
        {
            foreach (var row in section.Sentences)
            {
                if (row.Status != SentenceStatus.Moved)
                {
                    continue;
                }

                var key = (row.Old, row.New);
                if (waiting.TryGetValue(key, out var queue) && queue.Count > 0 && IsOtherEnd(queue.Peek(), row))
                {
                    var first = queue.Dequeue();
                    var a = string.Create(CultureInfo.InvariantCulture, $"m{count}a");
                    var b = string.Create(CultureInfo.InvariantCulture, $"m{count}b");
                    count++;
                    anchors._ids[first] = (a, b);
                    anchors._ids[row] = (b, a);
                    continue;
                }

                if (!waiting.TryGetValue(key, out queue))
                {
                    waiting[key] = queue = new Queue<SentenceChange>();
                }

                queue.Enqueue(row);
            }
        }

        foreach (var queue in waiting.Values)
        {
            foreach (var row in queue)
            {
                // The other end was filtered out (a section filter): link to nothing rather than a wrong row.
                var id = string.Create(CultureInfo.InvariantCulture, $"m{count++}");
                anchors._ids[row] = (id, id);
            }
        }

        return anchors;
    }

    public (string Id, string Other) For(SentenceChange row) => _ids[row];

    private static bool IsOtherEnd(SentenceChange first, SentenceChange second) => (first.MovedTo is null) != (second.MovedTo is null);
}
