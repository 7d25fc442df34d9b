using Microsoft.Extensions.Caching.Memory;

namespace KzDiff.Web.Api;

/// <summary>
/// Finished comparison documents, ready to send. A succeeded comparison never changes (new text is a
/// new revision, a new engine a new comparison), so an entry is never stale; the size cap bounds memory.
/// </summary>
internal sealed class ComparisonResponseCache : IDisposable
{
    private const long MaxBytes = 256L * 1024 * 1024;
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxBytes });

    public bool TryGet(Guid id, out byte[] body) => cache.TryGetValue(id, out body!);

    public void Set(Guid id, byte[] body) =>
        cache.Set(id, body, new MemoryCacheEntryOptions { Size = body.Length, SlidingExpiration = TimeSpan.FromHours(1) });

    public void Dispose() => cache.Dispose();
}
