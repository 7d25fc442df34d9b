using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Editions;
using KzDiff.Core.Rendering;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Lineage;

/// <summary>
/// Computes and keeps sentence lineage. Chaining starts from the nearest earlier edition whose lineage
/// is already stored, uses the stored comparison of each pair of years when there is one, and stores
/// the lineage of every edition it passes through: the first request for a country's newest year
/// answers every earlier year too.
/// </summary>
public sealed class SentenceLineageService(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    EditionTreeCache trees,
    IComparisonEngine engine,
    TimeProvider time)
{
    // Lineage reads which sentences pair and how they changed; flags would only cost time.
    private static readonly FlagOptions WithoutFlags = new() { Enabled = false };

    /// <summary>The stored lineage of an edition for the current engine, or null when not computed (or failed).</summary>
    public async Task<SentenceLineageRecord?> FindAsync(Guid editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.SentenceLineages.AsNoTracking()
            .SingleOrDefaultAsync(r => r.EditionId == editionId && r.EngineVersion == engine.Version, cancellationToken);
    }

    /// <summary>The lineage of an edition: stored, or computed now and stored.</summary>
    /// <exception cref="InvalidOperationException">No such edition is stored.</exception>
    public async Task<SentenceLineageDocument> GetOrComputeAsync(Guid editionId, CancellationToken cancellationToken = default)
    {
        var stored = await FindAsync(editionId, cancellationToken);
        if (stored is { Status: ComparisonState.Succeeded, ResultJson: { } json })
        {
            return SentenceLineageJson.Read(json);
        }

        return await ComputeAsync(editionId, cancellationToken);
    }

    /// <summary>Computes the lineage of an edition (and of the earlier editions on the way) and stores it.</summary>
    /// <exception cref="InvalidOperationException">No such edition is stored.</exception>
    public async Task<SentenceLineageDocument> ComputeAsync(Guid editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var target = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == editionId, cancellationToken)
            ?? throw new InvalidOperationException($"no edition {editionId} is stored");

        // The chain: the latest revision of every earlier year, then the edition asked for.
        var earlier = await db.Editions.AsNoTracking()
            .Where(e => e.CountryKey == target.CountryKey && e.Year < target.Year)
            .Select(e => new { e.Id, e.Year, e.Revision })
            .ToListAsync(cancellationToken);
        var chain = earlier
            .GroupBy(e => e.Year)
            .OrderBy(g => g.Key)
            .Select(g => (Id: g.MaxBy(e => e.Revision)!.Id, Year: g.Key, Revision: g.Max(e => e.Revision)))
            .Append((target.Id, target.Year, target.Revision))
            .ToList();

        var stored = await db.SentenceLineages.AsNoTracking()
            .Where(r => r.CountryKey == target.CountryKey && r.EngineVersion == engine.Version && r.Status == ComparisonState.Succeeded && r.Year < target.Year)
            .Select(r => new { r.EditionId, r.ResultJson })
            .ToListAsync(cancellationToken);
        var storedById = stored.Where(s => s.ResultJson is not null).ToDictionary(s => s.EditionId, s => s.ResultJson!);

        var start = 0;
        for (var i = chain.Count - 2; i >= 0; i--)
        {
            if (storedById.ContainsKey(chain[i].Id))
            {
                start = i;
                break;
            }
        }

        IReadOnlyList<SentenceLineageItem> items;
        var previousEdition = await LoadAsync(chain[start].Id, cancellationToken);
        var computed = new List<SentenceLineageDocument>();
        if (storedById.TryGetValue(chain[start].Id, out var startJson))
        {
            items = SentenceLineageJson.Read(startJson).Items;
        }
        else
        {
            items = SentenceLineageChain.First(previousEdition);
            computed.Add(new SentenceLineageDocument(target.CountryKey, chain[start].Year, chain[start].Revision, items));
        }

        for (var i = start + 1; i < chain.Count; i++)
        {
            var edition = await LoadAsync(chain[i].Id, cancellationToken);
            var comparison = await ComparisonAsync(db, chain[i - 1].Id, chain[i].Id, previousEdition, edition, cancellationToken);
            items = SentenceLineageChain.Next(items, comparison, edition);
            computed.Add(new SentenceLineageDocument(target.CountryKey, chain[i].Year, chain[i].Revision, items));
            previousEdition = edition;
        }

        var ids = chain.ToDictionary(c => (c.Year, c.Revision), c => c.Id);
        foreach (var document in computed)
        {
            await StoreAsync(db, ids[(document.Year, document.Revision)], document, cancellationToken);
        }

        return computed.Count > 0 ? computed[^1] : SentenceLineageJson.Read(storedById[target.Id]);
    }

    /// <summary>Marks a queued lineage running, so that a process dying now leaves a trace the next start re-queues.</summary>
    public async Task MarkRunningAsync(Guid editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.SentenceLineages
            .Where(r => r.EditionId == editionId && r.Status == ComparisonState.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ComparisonState.Running), cancellationToken);
    }

    /// <summary>Marks a lineage failed with its reason, so that a request sees why and may ask again.</summary>
    public async Task MarkFailedAsync(Guid editionId, string error, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.SentenceLineages.Where(r => r.EditionId == editionId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, ComparisonState.Failed)
                .SetProperty(r => r.Error, error.Length > 2000 ? error[..2000] : error)
                .SetProperty(r => r.CompletedAt, time.GetUtcNow().UtcDateTime),
            cancellationToken);
    }

    private async Task<Edition> LoadAsync(Guid editionId, CancellationToken cancellationToken) =>
        await trees.GetAsync(editionId, cancellationToken) ?? throw new InvalidOperationException($"the tree of edition {editionId} is not stored");

    private async Task<EditionComparison> ComparisonAsync(
        KzDiffDbContext db, Guid fromId, Guid toId, Edition older, Edition newer, CancellationToken cancellationToken)
    {
        var json = await db.Comparisons.AsNoTracking()
            .Where(c => c.FromEditionId == fromId && c.ToEditionId == toId && c.EngineVersion == engine.Version && c.Status == ComparisonState.Succeeded)
            .Select(c => c.ResultJson)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? engine.Compare(older, newer, WithoutFlags) : ComparisonJson.Read(json);
    }

    private async Task StoreAsync(KzDiffDbContext db, Guid editionId, SentenceLineageDocument document, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var json = SentenceLineageJson.Write(document);
        var record = await db.SentenceLineages.SingleOrDefaultAsync(r => r.EditionId == editionId, cancellationToken);
        if (record is null)
        {
            db.SentenceLineages.Add(new SentenceLineageRecord
            {
                EditionId = editionId,
                CountryKey = document.Country,
                Year = document.Year,
                EngineVersion = engine.Version,
                Status = ComparisonState.Succeeded,
                ResultJson = json,
                RequestedAt = now,
                CompletedAt = now,
            });
        }
        else
        {
            record.EngineVersion = engine.Version;
            record.Status = ComparisonState.Succeeded;
            record.ResultJson = json;
            record.Error = null;
            record.CompletedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueConflict(e))
        {
            // Another job stored the same lineage at the same time: the result is the same, keep theirs.
            db.ChangeTracker.Clear();
        }
    }
}
