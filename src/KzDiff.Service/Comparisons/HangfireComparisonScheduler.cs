using Hangfire;

namespace KzDiff.Service.Comparisons;

/// <inheritdoc />
public sealed class HangfireComparisonScheduler(IBackgroundJobClient jobs) : IComparisonScheduler
{
    public void Enqueue(Guid comparisonId) =>
        jobs.Enqueue<ComparisonJob>(job => job.RunAsync(comparisonId, CancellationToken.None));
}
