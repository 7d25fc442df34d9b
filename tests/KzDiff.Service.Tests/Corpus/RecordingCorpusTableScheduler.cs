using System.Collections.Concurrent;
using KzDiff.Service.Corpus;

namespace KzDiff.Service.Tests.Corpus;

/// <summary>Records enqueued corpus tables instead of handing them to Hangfire.</summary>
internal sealed class RecordingCorpusTableScheduler : ICorpusTableScheduler
{
    public ConcurrentQueue<Guid> Enqueued { get; } = new();

    public void Enqueue(Guid tableId) => Enqueued.Enqueue(tableId);
}
