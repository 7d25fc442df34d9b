using KzDiff.Core.Editions;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace KzDiff.Service.Editions;

/// <summary>
/// Recently used parsed trees. A stored edition never changes (a new text is a new revision with a
/// new id), so a cached tree is never stale.
/// </summary>
public sealed class EditionTreeCache(IDbContextFactory<KzDiffDbContext> contextFactory) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 64 });

    public async Task<Edition?> GetAsync(Guid editionId, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(editionId, out Edition? cached))
        {
            return cached;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.EditionContents.AsNoTracking()
            .Where(c => c.EditionId == editionId)
            .Select(c => c.TreeJson)
            .SingleOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        var edition = StoredEditionJson.Read(json);
        Add(editionId, edition);
        return edition;
    }

    public void Add(Guid editionId, Edition edition) =>
        cache.Set(editionId, edition, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });

    public void Dispose() => cache.Dispose();
}
