using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Review;

/// <summary>
/// Puts the flags of comparisons stored before the review queue existed into it, in the background
/// after start-up, so that the first visitor of /review does not wait for a store of 1,500
/// comparisons to be read. Comparisons computed from now on are indexed by their job.
/// </summary>
public sealed class FlagIndexWarmup(FlagIndex index, ILogger<FlagIndexWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await index.IndexPendingAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the first query indexes what is left.
        }
#pragma warning disable CA1031 // A failed warm-up only costs the first query time; it must not stop the service.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Review queue warm-up failed; the first query indexes the stored comparisons");
        }
    }
}
