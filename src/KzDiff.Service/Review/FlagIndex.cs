using System.Collections.Immutable;
using System.Text.Json;
using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;
using KzDiff.Core.Rendering.Contract;
using KzDiff.Core.Review;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Review;

/// <summary>
/// Keeps <c>review_flags</c>, the review queue's table, in step with the stored comparisons. A comparison
/// job writes its flags right after storing its result; <see cref="IndexPendingAsync"/> catches up
/// with comparisons stored before the queue existed (or whose indexing failed), a few at a time, each
/// once. The queue then never reads a comparison's JSON: with 1,500 stored comparisons a query
/// stays one indexed look-up.
/// </summary>
public sealed class FlagIndex(IDbContextFactory<KzDiffDbContext> contextFactory, TimeProvider time, ILogger<FlagIndex> logger) : IDisposable
{
    /// <summary>Comparisons read per round of catching up: bounds the memory one round holds.</summary>
    private const int PendingBatch = 8;

    /// <summary>Ids per IN list, well below the parameter limits of both providers.</summary>
    private const int IdChunk = 500;

    private readonly SemaphoreSlim catchingUp = new(1, 1);

    /// <summary>Writes the flags of a comparison that was just stored, and marks it indexed.</summary>
    public async Task IndexAsync(Guid comparisonId, EditionComparison comparison, DateTime completedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var rows = ComparisonFlags.Of(comparison).Select(flag => ToRecord(comparisonId, completedAt, comparison, flag)).ToList();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var existing = new Dictionary<string, ReviewFlagRecord>(StringComparer.Ordinal);
            foreach (var chunk in rows.Select(r => r.Id).Chunk(IdChunk))
            {
                foreach (var record in await db.ReviewFlags.Where(f => chunk.Contains(f.Id)).ToListAsync(cancellationToken))
                {
                    existing[record.Id] = record;
                }
            }

            foreach (var row in rows)
            {
                if (!existing.TryGetValue(row.Id, out var stored))
                {
                    db.ReviewFlags.Add(row);
                }
                else if (stored.ComparisonCompletedAt <= completedAt)
                {
                    // The most recently computed comparison speaks for the flag (its score, its explanation).
                    db.Entry(stored).CurrentValues.SetValues(row);
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await db.Comparisons.Where(c => c.Id == comparisonId)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.FlagsIndexedAt, time.GetUtcNow().UtcDateTime), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < 3 && StoreErrors.IsUniqueConflict(e))
            {
                // Another process indexed a comparison with some of the same flags at the same moment: read again.
            }
        }
    }

    /// <summary>Indexes every succeeded comparison that is not indexed yet; cheap when there is none.</summary>
    public async Task IndexPendingAsync(CancellationToken cancellationToken = default)
    {
        if (!await AnyPendingAsync(cancellationToken))
        {
            return;
        }

        await catchingUp.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                List<Guid> batch;
                await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
                {
                    batch = await Pending(db).OrderBy(c => c.CompletedAt).Select(c => c.Id).Take(PendingBatch).ToListAsync(cancellationToken);
                }

                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var id in batch)
                {
                    await IndexStoredAsync(id, cancellationToken);
                }
            }
        }
        finally
        {
            catchingUp.Release();
        }
    }

    public void Dispose() => catchingUp.Dispose();

    private async Task<bool> AnyPendingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Pending(db).AnyAsync(cancellationToken);
    }

    private static IQueryable<ComparisonRecord> Pending(KzDiffDbContext db) =>
        db.Comparisons.Where(c => c.Status == ComparisonState.Succeeded && c.FlagsIndexedAt == null);

    private async Task IndexStoredAsync(Guid id, CancellationToken cancellationToken)
    {
        string? json;
        DateTime completedAt;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var stored = await db.Comparisons.AsNoTracking()
                .Where(c => c.Id == id)
                .Select(c => new { c.ResultJson, c.CompletedAt, c.RequestedAt })
                .SingleAsync(cancellationToken);
            json = stored.ResultJson;
            completedAt = stored.CompletedAt ?? stored.RequestedAt;
        }

        try
        {
            await IndexAsync(id, ComparisonJson.Read(json ?? throw new FormatException("no result stored")), completedAt, cancellationToken);
        }
        catch (FormatException e)
        {
            // A result this build cannot read has no flags to review; marked, so that it is not read on every query.
            logger.LogWarning(e, "Comparison {Id} cannot be read for the review queue; its flags are not listed", id);
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await db.Comparisons.Where(c => c.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.FlagsIndexedAt, time.GetUtcNow().UtcDateTime), cancellationToken);
        }
    }

    private static ReviewFlagRecord ToRecord(Guid comparisonId, DateTime completedAt, EditionComparison comparison, FlaggedChange flag)
    {
        var where = flag.Where;
        var words = flag.Sentence?.Words ?? ImmutableArray<WordEdit>.Empty;
        return new ReviewFlagRecord
        {
            Id = flag.Id,
            ComparisonId = comparisonId,
            ComparisonCompletedAt = completedAt,
            CountryKey = comparison.New.CountryKey,
            CountryName = string.IsNullOrEmpty(comparison.New.CountryName) ? comparison.New.CountryKey : comparison.New.CountryName,
            FromYear = comparison.Old.Year,
            ToYear = comparison.New.Year,
            Kind = FlagLabels.Label(flag.Flag.Kind),
            // As the contract stores it, so the queue and the comparison show the same number.
            Score = Math.Round(flag.Flag.Score, 4),
            Explanation = flag.Flag.Explanation,
            SectionPath = where.Path,
            SectionTitle = where.Title,
            OldSectionPath = flag.Section.Old?.Path,
            OldSectionTitle = flag.Section.Old?.Title,
            RowStatus = flag.Sentence is null ? "section" : flag.Sentence.Status.ToString().ToLowerInvariant(),
            OldText = flag.Sentence?.Old,
            NewText = flag.Sentence?.New,
            WordsJson = words.IsDefaultOrEmpty
                ? null
                : JsonSerializer.Serialize(words.Select(WordEditContract.From).ToArray(), ReviewJsonContext.Default.WordEditContractArray),
            Anchor = flag.Anchor,
        };
    }

    /// <summary>The word edits kept with a flag, back as the model.</summary>
    internal static ImmutableArray<WordEdit> ReadWords(string? json) =>
        json is null
            ? []
            : [.. (JsonSerializer.Deserialize(json, ReviewJsonContext.Default.WordEditContractArray) ?? []).Select(w => w.ToWordEdit())];
}
