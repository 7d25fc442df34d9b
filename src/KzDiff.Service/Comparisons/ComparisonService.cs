using KzDiff.Core.Comparison;
using KzDiff.Core.Parsing;
using KzDiff.Core.Rendering;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Comparisons;

/// <summary>Requests comparisons of stored editions and reads their state and results.</summary>
public sealed class ComparisonService(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    IComparisonScheduler scheduler,
    CorpusEvidenceProvider corpus,
    UnwrittenJobStates unwritten,
    KzDiffOptions options,
    TimeProvider time)
{
    /// <summary>The configured watch terms (KzDiff:Flags:WatchTerms), validated at start.</summary>
    private readonly WatchTermSet configuredTerms = WatchTermSet.Of(options.Flags.EffectiveWatchTerms);

    /// <summary>
    /// Compares the latest revisions of a country's editions for two years. The same pair and engine
    /// version is computed once: a second request returns the first comparison (a failed one is queued again).
    /// </summary>
    public Task<ComparisonRequestResult> RequestAsync(string country, int fromYear, int toYear, CancellationToken cancellationToken = default) =>
        RequestAsync(country, fromYear, toYear, watchTerms: null, cancellationToken);

    /// <summary>
    /// As <see cref="RequestAsync(string, int, int, CancellationToken)"/>, flagging <paramref name="watchTerms"/>
    /// instead of the configured terms (null: the configured ones). Other terms are another comparison.
    /// </summary>
    public async Task<ComparisonRequestResult> RequestAsync(
        string country, int fromYear, int toYear, IReadOnlyList<string>? watchTerms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(country);
        WatchTermSet terms;
        try
        {
            terms = watchTerms is null ? configuredTerms : WatchTermSet.Of(watchTerms);
        }
        catch (ArgumentException e)
        {
            return ComparisonRequestResult.Refused(ComparisonRequestError.InvalidTerms, WatchTermSet.Problem(e));
        }

        if (fromYear >= toYear)
        {
            return ComparisonRequestResult.Refused(
                ComparisonRequestError.InvalidYears,
                fromYear == toYear
                    ? $"'from' and 'to' are both {fromYear}; compare two different years"
                    : $"'from' ({fromYear}) is after 'to' ({toYear}); give the older year first");
        }

        var key = CountryKeys.Normalize(country);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var editions = await LatestEditionsAsync(db, key, fromYear, toYear, cancellationToken);
        if (editions.Count == 0 && !await db.Editions.AnyAsync(e => e.CountryKey == key, cancellationToken))
        {
            return ComparisonRequestResult.Refused(ComparisonRequestError.UnknownCountry, $"no edition of '{key}' is stored");
        }

        foreach (var year in new[] { fromYear, toYear })
        {
            if (!editions.ContainsKey(year))
            {
                return ComparisonRequestResult.Refused(ComparisonRequestError.EditionNotStored, $"no {year} edition of '{key}' is stored");
            }
        }

        return await RequestPairAsync(key, fromYear, toYear, editions[fromYear], editions[toYear], terms, cancellationToken);
    }

    /// <summary>Requests the comparison of two known editions with the configured terms; shared with batches.</summary>
    internal Task<ComparisonRequestResult> RequestPairAsync(
        string key, int fromYear, int toYear, Guid fromId, Guid toId, CancellationToken cancellationToken) =>
        RequestPairAsync(key, fromYear, toYear, fromId, toId, configuredTerms, cancellationToken);

    private async Task<ComparisonRequestResult> RequestPairAsync(
        string key, int fromYear, int toYear, Guid fromId, Guid toId, WatchTermSet terms, CancellationToken cancellationToken)
    {
        // The corpus version and the watch terms are part of the key: either can change the result.
        var version = terms.KeyFor(await corpus.VersionAsync(key, fromYear, toYear, cancellationToken));
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var existing = await db.Comparisons
                .SingleOrDefaultAsync(c => c.FromEditionId == fromId && c.ToEditionId == toId && c.EngineVersion == version, cancellationToken);
            if (existing is not null)
            {
                if (existing.Status != ComparisonState.Failed)
                {
                    return new ComparisonRequestResult(ToView(existing), Created: false);
                }

                // Asking again for a failed comparison is the way to retry it after a fix; only one
                // of two such requests at once wins the conditional update and enqueues.
                var requeued = await db.Comparisons
                    .Where(c => c.Id == existing.Id && c.Status == ComparisonState.Failed)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(c => c.Status, ComparisonState.Queued)
                            .SetProperty(c => c.Progress, 0)
                            .SetProperty(c => c.Attempts, 0)
                            .SetProperty(c => c.RequestedAt, time.GetUtcNow().UtcDateTime)
                            .SetProperty(c => c.CompletedAt, (DateTime?)null),
                        cancellationToken);
                if (requeued == 1)
                {
                    await EnqueueAsync(existing.Id);
                }

                return new ComparisonRequestResult(await GetAsync(existing.Id, cancellationToken), Created: requeued == 1);
            }

            var record = new ComparisonRecord
            {
                Id = Guid.NewGuid(),
                CountryKey = key,
                FromYear = fromYear,
                ToYear = toYear,
                FromEditionId = fromId,
                ToEditionId = toId,
                EngineVersion = version,
                WatchTerms = terms.Stored,
                Status = ComparisonState.Queued,
                RequestedAt = time.GetUtcNow().UtcDateTime,
            };
            db.Comparisons.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < 3 && StoreErrors.IsUniqueConflict(e))
            {
                // An identical request inserted the pair first: the unique index decided, take its row.
                continue;
            }

            return await EnqueueAsync(record.Id)
                ? new ComparisonRequestResult(ToView(record), Created: true)
                : new ComparisonRequestResult(await GetAsync(record.Id, CancellationToken.None), Created: true);
        }
    }

    /// <summary>
    /// Hands the comparison to the job queue. When the job store refuses (a PostgreSQL job store on a
    /// full disk), the comparison fails with the reason instead of staying queued for a job that does
    /// not exist; asking again retries.
    /// </summary>
    private async Task<bool> EnqueueAsync(Guid id)
    {
        try
        {
            scheduler.Enqueue(id);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await unwritten.WriteAsync(
                new UnwrittenJobState(
                    id,
                    Owner: null,
                    ComparisonState.Failed,
                    $"could not be queued ({StoreErrors.Describe(ex)}); ask for the comparison again",
                    time.GetUtcNow().UtcDateTime,
                    WriteError: string.Empty),
                CancellationToken.None);
            return false;
        }
    }

    public async Task<ComparisonView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Views(db.Comparisons.AsNoTracking().Where(c => c.Id == id)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The comparison of the latest revisions of two years with the current engine and the configured terms, if one was requested.</summary>
    public async Task<ComparisonView?> FindAsync(string country, int fromYear, int toYear, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(country);
        var key = CountryKeys.Normalize(country);
        var configuredVersion = configuredTerms.KeyFor(await corpus.VersionAsync(key, fromYear, toYear, cancellationToken));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var editions = await LatestEditionsAsync(db, key, fromYear, toYear, cancellationToken);
        if (!editions.TryGetValue(fromYear, out var fromId) || !editions.TryGetValue(toYear, out var toId))
        {
            return null;
        }

        return await Views(db.Comparisons.AsNoTracking()
                .Where(c => c.FromEditionId == fromId && c.ToEditionId == toId && c.EngineVersion == configuredVersion))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The stored result in the JSON contract of <c>kzdiff compare</c>, or null until it succeeded.</summary>
    public async Task<string?> GetResultJsonAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Comparisons.AsNoTracking()
            .Where(c => c.Id == id && c.Status == ComparisonState.Succeeded)
            .Select(c => c.ResultJson)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The stored result as the Core model, or null until it succeeded.</summary>
    public async Task<EditionComparison?> GetResultAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var json = await GetResultJsonAsync(id, cancellationToken);
        return json is null ? null : ComparisonJson.Read(json);
    }

    private static async Task<Dictionary<int, Guid>> LatestEditionsAsync(
        KzDiffDbContext db, string key, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var rows = await db.Editions.AsNoTracking()
            .Where(e => e.CountryKey == key && (e.Year == fromYear || e.Year == toYear))
            .Select(e => new { e.Year, e.Revision, e.Id })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Revision)!.Id);
    }

    internal static IQueryable<ComparisonView> Views(IQueryable<ComparisonRecord> query) =>
        query.Select(c => new ComparisonView(
            c.Id, c.CountryKey, c.FromYear, c.ToYear, c.FromEditionId, c.ToEditionId, c.EngineVersion,
            c.Status, c.Progress, c.Error, c.RequestedAt, c.StartedAt, c.CompletedAt, c.Attempts, c.Computations,
            c.ComputedBy, c.ResultJson != null));

    private static ComparisonView ToView(ComparisonRecord c) => new(
        c.Id, c.CountryKey, c.FromYear, c.ToYear, c.FromEditionId, c.ToEditionId, c.EngineVersion,
        c.Status, c.Progress, c.Error, c.RequestedAt, c.StartedAt, c.CompletedAt, c.Attempts, c.Computations,
        c.ComputedBy, c.ResultJson is not null);
}
