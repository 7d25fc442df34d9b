using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Comparisons;

/// <summary>
/// In a process that runs jobs on PostgreSQL: every quarter lease, takes over a comparison whose run
/// stopped renewing its claim (its worker was killed). Hangfire.PostgreSql does hand the dead worker's
/// job out again after its invisibility timeout, but only once no job that was never fetched is left
/// (it orders by fetch time, nulls first): in a long batch, minutes later. The claim still decides who
/// computes, so a sweeper of another process, or the returning job, finds the comparison held or done.
/// </summary>
public sealed class LapsedClaimSweeper(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    IServiceProvider services,
    KzDiffOptions options,
    TimeProvider time,
    ILogger<LapsedClaimSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Storage.Mode != StorageMode.PostgreSql)
        {
            // Embedded: one process, which queues every unfinished comparison again when it starts.
            return;
        }

        using var timer = new PeriodicTimer(options.Jobs.Lease / 4, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            List<Guid> lapsed;
            await using (var db = await contextFactory.CreateDbContextAsync(stoppingToken))
            {
                lapsed = await db.Comparisons.AsNoTracking()
                    .Where(c => c.Status == ComparisonState.Running && c.LeaseExpiresAt < now)
                    .OrderBy(c => c.LeaseExpiresAt)
                    .Select(c => c.Id)
                    .ToListAsync(stoppingToken);
            }

            foreach (var id in lapsed)
            {
                logger.LogWarning("Comparison {Id}: the claim of its run lapsed (its process died?); taking it over", id);
                await services.GetRequiredService<ComparisonJob>().RunAsync(id, stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The store away, or a failed run: the comparison is queued again by the run itself; the next sweep looks again.
            logger.LogWarning(ex, "Taking over lapsed comparisons failed; trying again in {Interval}", options.Jobs.Lease / 4);
        }
    }
}
