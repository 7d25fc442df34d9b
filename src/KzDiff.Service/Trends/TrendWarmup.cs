using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Trends;

/// <summary>
/// Reads every stored edition's text into the trend index once the start-up import is done, in the
/// background: the first trends query then answers from memory instead of reading every tree.
/// </summary>
public sealed class TrendWarmup(TrendService trends, TrendIndex index, TimeProvider time, ILogger<TrendWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        try
        {
            await trends.WarmAsync(stoppingToken);
            logger.LogInformation("Trend index: {Editions} editions in memory after {Elapsed}", index.Loaded, time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the warm-up finished: the first query reads what is missing.
        }
#pragma warning disable CA1031 // A failed warm-up only costs the first query time; it must not stop the service.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Trend index warm-up failed; queries will read the texts when asked");
        }
    }
}
