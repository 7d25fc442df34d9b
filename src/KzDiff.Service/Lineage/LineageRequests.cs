using KzDiff.Core.Parsing;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Lineage;

/// <summary>Answers a request for an edition's sentence lineage: stored, or queued for a job.</summary>
public sealed class LineageRequests(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    EditionCatalog catalog,
    SentenceLineageService lineage,
    ILineageScheduler scheduler,
    IComparisonEngine engine,
    TimeProvider time)
{
    /// <summary>The lineage of the latest revision of a country's year; null when no such edition is stored.</summary>
    public async Task<LineageRequest?> RequestAsync(string country, int year, CancellationToken cancellationToken = default)
    {
        var edition = await catalog.FindEditionAsync(country, year, cancellationToken: cancellationToken);
        return edition is null ? null : await RequestAsync(edition, cancellationToken);
    }

    /// <summary>The lineage of a stored edition, queued for a job when not stored (or failed before).</summary>
    public async Task<LineageRequest> RequestAsync(EditionSummary edition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var stored = await lineage.FindAsync(edition.Id, cancellationToken);
        if (stored is { Status: ComparisonState.Succeeded, ResultJson: { } json })
        {
            return new LineageRequest(edition, ComparisonState.Succeeded, json, null);
        }

        if (stored is { Status: ComparisonState.Queued or ComparisonState.Running })
        {
            return new LineageRequest(edition, stored.Status, null, null);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var queued = await db.SentenceLineages
            .Where(r => r.EditionId == edition.Id)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, ComparisonState.Queued)
                    .SetProperty(r => r.EngineVersion, engine.Version)
                    .SetProperty(r => r.Error, (string?)null)
                    .SetProperty(r => r.RequestedAt, now),
                cancellationToken);
        if (queued == 0)
        {
            db.SentenceLineages.Add(new SentenceLineageRecord
            {
                EditionId = edition.Id,
                CountryKey = edition.Country,
                Year = edition.Year,
                EngineVersion = engine.Version,
                Status = ComparisonState.Queued,
                RequestedAt = now,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (StoreErrors.IsUniqueConflict(e))
            {
                // Two requests at once: the other one queued it.
                return new LineageRequest(edition, ComparisonState.Queued, null, stored?.Error);
            }
        }

        scheduler.Enqueue(edition.Id);
        return new LineageRequest(edition, ComparisonState.Queued, null, stored?.Error);
    }
}
