using System.Collections.Concurrent;
using KzDiff.Service.Comparisons;

namespace KzDiff.Service.Tests.Support;

/// <summary>Records enqueued comparison ids instead of handing them to Hangfire.</summary>
internal sealed class RecordingScheduler : IComparisonScheduler
{
    public ConcurrentQueue<Guid> Enqueued { get; } = new();

    public void Enqueue(Guid comparisonId) => Enqueued.Enqueue(comparisonId);
}
