using KzDiff.Service.Configuration;
using Microsoft.Extensions.Hosting;

namespace KzDiff.Service.Comparisons;

/// <summary>
/// Writes the comparison states the store refused once it takes them again, for the jobs that
/// Hangfire no longer retries: a comparison then ends failed (or is queued again) without a restart.
/// </summary>
public sealed class UnwrittenJobStateRetry(UnwrittenJobStates states, KzDiffOptions options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Jobs.StateWriteRetry, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (states.Pending.Count > 0)
            {
                await states.RetryAsync(stoppingToken);
            }
        }
    }
}
