using System.Collections.Concurrent;

namespace KzDiff.Web.Ui.ServiceBacked;

/// <summary>
/// Succeeded comparisons never change (a new engine version or revision gives a new id), so the
/// compare page keeps the last few decoded results instead of decoding a stored result per request.
/// </summary>
public sealed class StoredComparisonCache
{
    private const int Capacity = 16;
    private readonly ConcurrentDictionary<Guid, ComparisonLookup> entries = new();
    private readonly ConcurrentQueue<Guid> order = new();

    public bool TryGet(Guid id, out ComparisonLookup lookup) => entries.TryGetValue(id, out lookup!);

    public void Set(Guid id, ComparisonLookup lookup)
    {
        if (entries.TryAdd(id, lookup))
        {
            order.Enqueue(id);
            while (entries.Count > Capacity && order.TryDequeue(out var oldest))
            {
                entries.TryRemove(oldest, out _);
            }
        }
    }
}
