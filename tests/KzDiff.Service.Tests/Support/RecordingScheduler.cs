using System.Collections.Concurrent;
using KzDiff.Service.Comparisons;

namespace KzDiff.Service.Tests.Support;

/// <summary>Records enqueued comparison ids instead of handing them to Hangfire.</summary>
internal sealed class RecordingScheduler : IComparisonScheduler
{
    public ConcurrentQueue<Guid> Enqueued { get; } = new();

    /// <summary>Thrown instead of enqueuing, as by a job store that cannot be written.</summary>
    public Exception? Refusal { get; set; }

    public void Enqueue(Guid comparisonId)
    {
        if (Refusal is not null)
        {
            throw Refusal;
        }

        Enqueued.Enqueue(comparisonId);
    }
}
