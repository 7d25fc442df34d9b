using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Rendering;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Corpus;

/// <summary>
/// The corpus view of two years: every stored country with editions for both, each read from its
/// stored comparison (the one made with corpus evidence) or compared now, reduced to
/// <see cref="CorpusObservation"/>s and counted by <see cref="CorpusTable"/>. Requested like a
/// comparison: stored when computed, queued for a job otherwise.
/// </summary>
public sealed class CorpusTableService(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    CorpusEvidenceProvider corpus,
    EditionTreeCache trees,
    IComparisonEngine engine,
    ICorpusTableScheduler scheduler,
    TimeProvider time)
{
    /// <summary>Template-wide edits listed in the document, most made first.</summary>
    public const int MaxTemplateEdits = 100;

    // The table reads pairings and titles; flags would only cost time.
    private static readonly FlagOptions WithoutFlags = new() { Enabled = false };

    /// <summary>The stored table of two years, or a job queued for it; null when no country has editions for both years.</summary>
    public async Task<CorpusTableRequest?> RequestAsync(int fromYear, int toYear, CancellationToken cancellationToken = default)
    {
        var pairs = await corpus.PairsAsync(fromYear, toYear, cancellationToken);
        if (pairs.Count == 0)
        {
            return null;
        }

        var version = await corpus.TableVersionAsync(fromYear, toYear, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.CorpusTables.AsNoTracking()
            .SingleOrDefaultAsync(t => t.FromYear == fromYear && t.ToYear == toYear && t.Version == version, cancellationToken);
        if (stored is { Status: ComparisonState.Succeeded, ResultJson: { } json })
        {
            return new CorpusTableRequest(fromYear, toYear, ComparisonState.Succeeded, 100, json, null);
        }

        if (stored is { Status: ComparisonState.Queued or ComparisonState.Running })
        {
            return new CorpusTableRequest(fromYear, toYear, stored.Status, stored.Progress, null, null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (stored is not null)
        {
            // Failed before: asking again is the way to retry; one of two requests at once wins.
            var requeued = await db.CorpusTables
                .Where(t => t.Id == stored.Id && t.Status == ComparisonState.Failed)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(t => t.Status, ComparisonState.Queued)
                        .SetProperty(t => t.Progress, 0)
                        .SetProperty(t => t.RequestedAt, now),
                    cancellationToken);
            if (requeued == 1)
            {
                scheduler.Enqueue(stored.Id);
            }

            return new CorpusTableRequest(fromYear, toYear, ComparisonState.Queued, 0, null, stored.Error);
        }

        var record = new CorpusTableRecord
        {
            Id = Guid.NewGuid(),
            FromYear = fromYear,
            ToYear = toYear,
            Version = version,
            Status = ComparisonState.Queued,
            RequestedAt = now,
        };
        db.CorpusTables.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueConflict(e))
        {
            // An identical request inserted it first and queued the job.
            return new CorpusTableRequest(fromYear, toYear, ComparisonState.Queued, 0, null, null);
        }

        scheduler.Enqueue(record.Id);
        return new CorpusTableRequest(fromYear, toYear, ComparisonState.Queued, 0, null, null);
    }

    /// <summary>Computes a queued table and stores it; null when another run holds it, it is done, or an import made it stale.</summary>
    public async Task<CorpusTableDocument?> ComputeAsync(Guid tableId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var claimed = await db.CorpusTables
            .Where(t => t.Id == tableId && (t.Status == ComparisonState.Queued || t.Status == ComparisonState.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, ComparisonState.Running).SetProperty(t => t.Progress, 0), cancellationToken);
        var record = await db.CorpusTables.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tableId, cancellationToken);
        if (claimed == 0 || record is null)
        {
            return null;
        }

        if (await corpus.TableVersionAsync(record.FromYear, record.ToYear, cancellationToken) != record.Version)
        {
            // An edition of either year was imported since the request: the next request asks for the new version.
            await db.CorpusTables.Where(t => t.Id == tableId).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        var document = await BuildAsync(record.FromYear, record.ToYear, record.Version, progress => SetProgressAsync(tableId, progress, cancellationToken), cancellationToken);
        var json = CorpusTableJson.Write(document);
        await db.CorpusTables.Where(t => t.Id == tableId).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.Status, ComparisonState.Succeeded)
                .SetProperty(t => t.ResultJson, json)
                .SetProperty(t => t.Progress, 100)
                .SetProperty(t => t.Error, (string?)null)
                .SetProperty(t => t.CompletedAt, time.GetUtcNow().UtcDateTime),
            CancellationToken.None);
        // Tables of the same years made from other editions answer nothing any more.
        await db.CorpusTables
            .Where(t => t.FromYear == record.FromYear && t.ToYear == record.ToYear && t.Version != record.Version)
            .ExecuteDeleteAsync(CancellationToken.None);
        return document;
    }

    /// <summary>Marks a table failed with its reason, so that a request sees why and may ask again.</summary>
    public async Task MarkFailedAsync(Guid tableId, string error, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.CorpusTables.Where(t => t.Id == tableId).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.Status, ComparisonState.Failed)
                .SetProperty(t => t.Error, error.Length > 2000 ? error[..2000] : error)
                .SetProperty(t => t.CompletedAt, time.GetUtcNow().UtcDateTime),
            cancellationToken);
    }

    /// <summary>Builds the table of two years now, from stored comparisons where there are some.</summary>
    public async Task<CorpusTableDocument> BuildAsync(
        int fromYear, int toYear, string version, Func<int, Task>? progress = null, CancellationToken cancellationToken = default)
    {
        var pairs = await corpus.PairsAsync(fromYear, toYear, cancellationToken);
        // The template's renames, learned from every country's comparison without evidence.
        var template = CorpusEvidence.Build(await corpus.ObservationsAsync(fromYear, toYear, cancellationToken));
        var observations = new List<CorpusObservation>(pairs.Count);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            var comparisonVersion = await corpus.VersionAsync(pair.Country, fromYear, toYear, cancellationToken);
            var termsVersion = comparisonVersion + "+t";
            var json = await db.Comparisons.AsNoTracking()
                .Where(c => c.FromEditionId == pair.FromEditionId && c.ToEditionId == pair.ToEditionId && c.Status == ComparisonState.Succeeded
                    && (c.EngineVersion == comparisonVersion || c.EngineVersion.StartsWith(termsVersion)))
                .Select(c => c.ResultJson)
                .FirstOrDefaultAsync(cancellationToken);
            var comparison = json is not null ? ComparisonJson.Read(json) : await CompareAsync(pair, fromYear, toYear, cancellationToken);
            if (comparison is not null)
            {
                observations.Add(CorpusObservation.From(comparison) with { Country = pair.Country });
            }

            if (progress is not null && (i + 1) % 10 == 0)
            {
                await progress(100 * (i + 1) / pairs.Count);
            }
        }

        return new CorpusTableDocument(
            fromYear,
            toYear,
            observations.Count,
            version,
            time.GetUtcNow().UtcDateTime,
            CorpusTable.Build(observations),
            [.. template.Renames.Select(r => Followed(r, observations))],
            [.. template.TemplateEdits.Take(MaxTemplateEdits).Select(e => new CorpusTemplateEdit(e.Key, e.Value))]);
    }

    private async Task<EditionComparison?> CompareAsync(CorpusPair pair, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var older = await trees.GetAsync(pair.FromEditionId, cancellationToken);
        var newer = await trees.GetAsync(pair.ToEditionId, cancellationToken);
        if (older is null || newer is null)
        {
            return null;
        }

        var evidence = await corpus.EvidenceAsync(pair.Country, fromYear, toYear, cancellationToken);
        return engine.Compare(older, newer, WithoutFlags, evidence);
    }

    // In how many of the reports carrying both titles the comparison pairs them, and which do not.
    private static CorpusTemplateRename Followed(TemplateRename rename, List<CorpusObservation> observations)
    {
        string oldKey = TitleKey(rename.OldTitle), newKey = TitleKey(rename.NewTitle);
        var followed = 0;
        var differing = ImmutableArray.CreateBuilder<string>();
        foreach (var observation in observations)
        {
            // Both titles there, the old one gone and the new one new: a report that could follow the rename.
            var carries = observation.OldTitles.Any(t => TitleKey(t) == oldKey)
                && observation.NewTitles.Any(t => TitleKey(t) == newKey)
                && !observation.NewTitles.Any(t => TitleKey(t) == oldKey)
                && !observation.OldTitles.Any(t => TitleKey(t) == newKey);
            if (!carries)
            {
                continue;
            }

            if (observation.Pairs.Any(p => TitleKey(p.Old) == oldKey && TitleKey(p.New) == newKey))
            {
                followed++;
            }
            else
            {
                differing.Add(observation.Country);
            }
        }

        return new CorpusTemplateRename(rename.OldTitle, rename.NewTitle, followed, followed + differing.Count, differing.ToImmutable());
    }

    private static string TitleKey(string title) => CorpusTable.TitleKey(title);

    private async Task SetProgressAsync(Guid tableId, int progress, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.CorpusTables.Where(t => t.Id == tableId && t.Status == ComparisonState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Progress, progress), cancellationToken);
    }
}
