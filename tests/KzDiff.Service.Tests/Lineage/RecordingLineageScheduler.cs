using KzDiff.Service.Lineage;

namespace KzDiff.Service.Tests.Lineage;

/// <summary>Records the editions handed to the job system; the test runs the lineage itself.</summary>
internal sealed class RecordingLineageScheduler : ILineageScheduler
{
    public List<Guid> Enqueued { get; } = [];

    public void Enqueue(Guid editionId) => Enqueued.Add(editionId);
}
