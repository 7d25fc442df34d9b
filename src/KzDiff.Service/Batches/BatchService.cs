using KzDiff.Service.Comparisons;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Batches;

/// <summary>Compares two years for every country that has both.</summary>
public sealed class BatchService(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    ComparisonService comparisons,
    TimeProvider time)
{
    /// <summary>Null with an error message when the years are invalid or no country has both.</summary>
    public async Task<(BatchView? Batch, string? Error)> CreateAsync(int fromYear, int toYear, CancellationToken cancellationToken = default)
    {
        if (fromYear >= toYear)
        {
            return (null, $"'from' ({fromYear}) must be before 'to' ({toYear})");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Editions.AsNoTracking()
            .Where(e => e.Year == fromYear || e.Year == toYear)
            .Select(e => new { e.CountryKey, e.Year, e.Revision, e.Id })
            .ToListAsync(cancellationToken);
        var pairs = rows
            .GroupBy(r => r.CountryKey, StringComparer.Ordinal)
            .Select(g => (
                Country: g.Key,
                From: g.Where(r => r.Year == fromYear).MaxBy(r => r.Revision),
                To: g.Where(r => r.Year == toYear).MaxBy(r => r.Revision)))
            .Where(p => p.From is not null && p.To is not null)
            .OrderBy(p => p.Country, StringComparer.Ordinal)
            .ToList();
        if (pairs.Count == 0)
        {
            return (null, $"no country has editions for both {fromYear} and {toYear}");
        }

        // The comparisons first (each is stored once, whoever asks), then the batch and all its items in
        // one SaveChanges, one transaction: a process killed on the way leaves no batch without its items.
        var batch = new BatchRecord { Id = Guid.NewGuid(), FromYear = fromYear, ToYear = toYear, CreatedAt = time.GetUtcNow().UtcDateTime };
        var items = new List<BatchItemRecord>(pairs.Count);
        foreach (var (country, from, to) in pairs)
        {
            var result = await comparisons.RequestPairAsync(country, fromYear, toYear, from!.Id, to!.Id, cancellationToken);
            items.Add(new BatchItemRecord { BatchId = batch.Id, ComparisonId = result.Comparison!.Id, CountryKey = country });
        }

        db.Batches.Add(batch);
        db.BatchItems.AddRange(items);
        await db.SaveChangesAsync(cancellationToken);
        return (await GetAsync(batch.Id, cancellationToken), null);
    }

    public async Task<BatchView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.Batches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var items = await (
                from i in db.BatchItems.AsNoTracking()
                join c in db.Comparisons.AsNoTracking() on i.ComparisonId equals c.Id
                where i.BatchId == id
                orderby i.CountryKey
                select new BatchItemView(i.CountryKey, c.Id, c.Status, c.Progress, c.Error))
            .ToListAsync(cancellationToken);
        int Count(ComparisonState s) => items.Count(i => i.Status == s);
        var finishedWork = items.Sum(i => i.Status is ComparisonState.Succeeded or ComparisonState.Failed ? 100 : i.Progress);
        // No items: a creation interrupted in an earlier build; nothing was done, so nothing is finished.
        var progress = items.Count == 0 ? 0 : finishedWork / items.Count;
        return new BatchView(
            batch.Id, batch.FromYear, batch.ToYear, batch.CreatedAt, items.Count,
            Count(ComparisonState.Queued), Count(ComparisonState.Running), Count(ComparisonState.Succeeded), Count(ComparisonState.Failed),
            progress, items);
    }
}
