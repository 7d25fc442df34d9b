using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KzDiff.Service.Hosting;

/// <summary>Healthy when the application store answers.</summary>
public sealed class StoreHealthCheck(IDbContextFactory<KzDiffDbContext> contextFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var editions = await db.Editions.CountAsync(cancellationToken);
            var pending = await db.Comparisons.CountAsync(
                c => c.Status == ComparisonState.Queued || c.Status == ComparisonState.Running, cancellationToken);
            return HealthCheckResult.Healthy(
                "store answers",
                new Dictionary<string, object> { ["editions"] = editions, ["pendingComparisons"] = pending });
        }
#pragma warning disable CA1031 // Any failure to reach the store is what this check reports.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("store does not answer: " + ex.Message, ex);
        }
    }
}
