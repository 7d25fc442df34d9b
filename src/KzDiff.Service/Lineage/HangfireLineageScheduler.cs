using Hangfire;

namespace KzDiff.Service.Lineage;

/// <inheritdoc />
public sealed class HangfireLineageScheduler(IBackgroundJobClient jobs) : ILineageScheduler
{
    public void Enqueue(Guid editionId) =>
        jobs.Enqueue<SentenceLineageJob>(job => job.RunAsync(editionId, CancellationToken.None));
}
