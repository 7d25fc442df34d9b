using Hangfire;

namespace KzDiff.Service.Corpus;

/// <inheritdoc />
public sealed class HangfireCorpusTableScheduler(IBackgroundJobClient jobs) : ICorpusTableScheduler
{
    public void Enqueue(Guid tableId) =>
        jobs.Enqueue<CorpusTableJob>(job => job.RunAsync(tableId, CancellationToken.None));
}
