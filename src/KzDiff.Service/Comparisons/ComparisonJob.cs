using Hangfire;
using KzDiff.Core.Rendering;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Review;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Comparisons;

/// <summary>
/// Computes one stored comparison. Idempotent: it first claims the comparison with a conditional
/// update, so a duplicate job (re-enqueued after a restart, or enqueued by two processes) finds it
/// succeeded, or held by a live run, which it waits out, and returns without computing again. A run
/// renews its claim while it computes; a claim that is not renewed (its process was killed) lapses
/// after <see cref="JobOptions.Lease"/> and the next run takes the comparison over.
/// </summary>
public sealed class ComparisonJob(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    EditionTreeCache trees,
    IComparisonEngine engine,
    CorpusEvidenceProvider corpus,
    FlagIndex flags,
    UnwrittenJobStates unwritten,
    KzDiffOptions options,
    TimeProvider time,
    ILogger<ComparisonJob> logger)
{
    /// <summary>Hangfire runs the job at most this many times (1 + 3 retries); the upper bound of <see cref="JobOptions.MaxAttempts"/>.</summary>
    public const int HangfireRuns = 4;

    /// <summary>The first look again at a comparison another run holds; each later look waits twice as long, up to <see cref="LongestLook"/>.</summary>
    private static readonly TimeSpan FirstLook = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan LongestLook = TimeSpan.FromSeconds(5);

    [Queue(JobQueues.Comparisons)]
    [AutomaticRetry(Attempts = HangfireRuns - 1, DelaysInSeconds = [2, 10, 30], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid comparisonId, CancellationToken cancellationToken)
    {
        // Unique per run, readable in the store: which worker holds the comparison (32 + 1 + at most 60 characters).
        var owner = $"{Guid.NewGuid():N}@{options.Jobs.WorkerName}";

        // Hangfire's retry is the first chance to write the state an earlier run could not; the run then sees it.
        await unwritten.RetryAsync(comparisonId, cancellationToken);
        if (!await TryClaimAsync(comparisonId, owner, cancellationToken))
        {
            logger.LogInformation("Comparison {Id} is done or failed; nothing to do", comparisonId);
            return;
        }

        // Renews the claim while the engine runs, so that only a dead run's claim lapses.
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewLeaseAsync(comparisonId, owner, renewal.Token);
        try
        {
            await ComputeAsync(comparisonId, owner, cancellationToken);
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
        }
    }

    private async Task ComputeAsync(Guid comparisonId, string owner, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        ComparisonInputs? record = null;
        try
        {
            // Inside the try: a store that goes away right after the claim (a PostgreSQL restart breaks
            // every pooled connection) must give the claim back too, not leave it to lapse after the lease.
            record = await db.Comparisons.AsNoTracking()
                .Where(c => c.Id == comparisonId)
                .Select(c => new ComparisonInputs(c.FromEditionId, c.ToEditionId, c.Attempts, c.CountryKey, c.FromYear, c.ToYear, c.EngineVersion, c.WatchTerms))
                .SingleAsync(cancellationToken);
            var older = await LoadAsync(record.FromEditionId, cancellationToken);
            var newer = await LoadAsync(record.ToEditionId, cancellationToken);
            await SetProgressAsync(comparisonId, owner, 30, cancellationToken);

            // Stored under a corpus version: compare with the evidence of the other stored countries.
            var evidence = record.EngineVersion.Contains("+corpus.", StringComparison.Ordinal)
                ? await corpus.EvidenceAsync(record.CountryKey, record.FromYear, record.ToYear, cancellationToken)
                : null;
            // The terms are part of the comparison's identity, so they come from its record, not from configuration.
            var comparison = engine.Compare(older, newer, WatchTermSet.FromStored(record.WatchTerms).ToFlagOptions(), evidence);
            await SetProgressAsync(comparisonId, owner, 80, cancellationToken);
            // Compact: the API sends the stored text inside its own document, a third fewer bytes to copy.
            var json = ComparisonJson.Write(comparison, indented: false);

            var now = time.GetUtcNow().UtcDateTime;
            var stored = await Owned(db, comparisonId, owner).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Status, ComparisonState.Succeeded)
                    .SetProperty(c => c.ResultJson, json)
                    .SetProperty(c => c.Progress, 100)
                    .SetProperty(c => c.Error, (string?)null)
                    .SetProperty(c => c.CompletedAt, now)
                    .SetProperty(c => c.Computations, c => c.Computations + 1)
                    .SetProperty(c => c.ComputedBy, options.Jobs.WorkerName)
                    .SetProperty(c => c.LeaseOwner, (string?)null)
                    .SetProperty(c => c.LeaseExpiresAt, (DateTime?)null),
                CancellationToken.None);
            logger.LogInformation(
                "Compared {Country} {From}->{To} ({Id}); stored: {Stored}",
                record.CountryKey, record.FromYear, record.ToYear, comparisonId, stored == 1);
            if (stored == 1)
            {
                await IndexFlagsAsync(comparisonId, comparison, now);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: give the comparison back so that the next run (or the next start) takes it.
            await Owned(db, comparisonId, owner).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Status, ComparisonState.Queued)
                    .SetProperty(c => c.LeaseOwner, (string?)null)
                    .SetProperty(c => c.LeaseExpiresAt, (DateTime?)null),
                CancellationToken.None);
            throw;
        }
#pragma warning disable CA1031 // Every failure is recorded on the comparison; transient ones are rethrown for Hangfire's retry.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // A full disk does not clear itself in the seconds between retries: the comparison fails
            // now with the reason, and asking for it again once there is space computes it. Whatever
            // failed (the engine, a read, or the write of the result cut by a lost connection), the
            // claim is given back here, queued or failed, so that Hangfire's retry (2 s later) or a
            // request takes it at once rather than after the lease. Nothing is counted: the result and
            // `computations` + 1 are one statement, which either stored both or neither, so a retry
            // that succeeds after a cut write leaves `computations` 1; `attempts` counts the claims.
            var diskFull = StoreErrors.IsDiskFull(ex);
            // Unknown when the read of the inputs failed: not the last attempt then; the next run reads it.
            var attempts = record?.Attempts ?? 0;
            var final = ex is ComparisonInputException || diskFull || attempts >= options.Jobs.MaxAttempts;
            var reason = ex switch
            {
                ComparisonInputException => ex.Message,
                _ when diskFull => DiskFullReason(ex),
                _ => $"{ex.GetType().Name}: {ex.Message}",
            };
            logger.LogWarning(ex, "Comparison {Id} attempt {Attempt} failed{Final}", comparisonId, attempts, final ? " for good" : "; retrying");
            var state = new UnwrittenJobState(
                comparisonId,
                owner,
                final ? ComparisonState.Failed : ComparisonState.Queued,
                final ? reason : $"attempt {attempts} failed ({reason}); retrying",
                time.GetUtcNow().UtcDateTime,
                WriteError: string.Empty);

            // The store may refuse this too (the result did not fit, nor may its state); then it is
            // kept and written by the retry of this job or by UnwrittenJobStateRetry, and the run fails.
            if (!await unwritten.WriteAsync(state, CancellationToken.None) || !final)
            {
                throw;
            }
        }
    }

    /// <summary>Puts the new comparison's flags in the review queue while the result is in memory.</summary>
    private async Task IndexFlagsAsync(Guid comparisonId, KzDiff.Core.Comparison.EditionComparison comparison, DateTime completedAt)
    {
        try
        {
            await flags.IndexAsync(comparisonId, comparison, completedAt, CancellationToken.None);
        }
#pragma warning disable CA1031 // The comparison is stored; the queue's next query indexes it instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Comparison {Id} is stored, but its flags could not be put in the review queue yet", comparisonId);
        }
    }

    /// <summary>Claims the comparison; when the store refuses, keeps the state it should have (failed on a full disk, queued otherwise) and rethrows.</summary>
    private async Task<bool> TryClaimAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        try
        {
            return await ClaimOrWaitAsync(id, owner, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var diskFull = StoreErrors.IsDiskFull(ex);
            // Kept even when queued is what the store says: if every retry of the job fails like this
            // one, UnwrittenJobStateRetry queues it again once the store answers. The claim may have been
            // stored before the connection broke: the state then gives it back (ClaimUnknown), so that
            // the retry of this job does not wait out the lease of a claim no run renews.
            unwritten.Keep(new UnwrittenJobState(
                id,
                owner,
                diskFull ? ComparisonState.Failed : ComparisonState.Queued,
                diskFull ? DiskFullReason(ex) : $"could not be started ({StoreErrors.Describe(ex)}); retrying",
                time.GetUtcNow().UtcDateTime,
                StoreErrors.Describe(ex),
                ClaimUnknown: true));
            logger.LogWarning(ex, "Comparison {Id} could not be claimed; the store refused the write", id);
            throw;
        }
    }

    private static string DiskFullReason(Exception ex) =>
        $"the store's disk is full ({StoreErrors.Describe(ex)}); free space, then ask for the comparison again";

    /// <summary>
    /// Claims the comparison; while another run holds it with a claim not yet lapsed, waits for that
    /// run to finish or its claim to lapse. False when there is nothing left to do.
    /// </summary>
    private async Task<bool> ClaimOrWaitAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        var pause = FirstLook;
        while (!await ClaimAsync(id, owner, cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var held = await db.Comparisons.AsNoTracking()
                .Where(c => c.Id == id && c.Status == ComparisonState.Running)
                .Select(c => new { c.LeaseOwner, c.LeaseExpiresAt })
                .SingleOrDefaultAsync(cancellationToken);
            if (held is null)
            {
                return false;
            }

            // A duplicate job of a live run (two processes enqueued it, or a change summary computes
            // what the import's job is computing), or the job of a killed run handed over by the queue
            // before the claim lapsed. A live run is usually done within a second: look again soon,
            // then less often, and just after the claim would lapse. Waiting a quarter lease between
            // looks held a change summary up for 75 s behind a comparison done in milliseconds.
            var untilLapse = (held.LeaseExpiresAt ?? DateTime.MinValue) - time.GetUtcNow().UtcDateTime;
            if (pause == FirstLook)
            {
                logger.LogInformation("Comparison {Id} is held by {Owner}; waiting for it to finish, or its claim to lapse in {Wait}", id, held.LeaseOwner, untilLapse);
            }

            // Just after the lapse, but no sooner than the first look (a lapsed claim) and no later than this pause.
            var justAfterLapse = untilLapse + FirstLook;
            await Task.Delay(TimeSpan.FromTicks(Math.Clamp(justAfterLapse.Ticks, FirstLook.Ticks, pause.Ticks)), time, cancellationToken);
            pause = pause * 2 > LongestLook ? LongestLook : pause * 2;
        }

        return true;
    }

    /// <summary>Pushes the claim's end forward every quarter lease until <paramref name="stop"/>; a store that does not answer is tried again.</summary>
    private async Task RenewLeaseAsync(Guid id, string owner, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.Jobs.Lease / 4, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    var leaseEnd = time.GetUtcNow().UtcDateTime + options.Jobs.Lease;
                    await using var db = await contextFactory.CreateDbContextAsync(stop);
                    await Owned(db, id, owner).ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseExpiresAt, leaseEnd), stop);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The store is away (a restart): the next tick tries again; the claim lapses only if it stays away.
                    logger.LogWarning(ex, "Comparison {Id}: the claim could not be renewed", id);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    private async Task<bool> ClaimAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var leaseEnd = now + options.Jobs.Lease;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // One statement, so two runs racing for the same comparison cannot both win.
        var claimed = await db.Comparisons
            .Where(c => c.Id == id
                && (c.Status == ComparisonState.Queued
                    || (c.Status == ComparisonState.Running && c.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Status, ComparisonState.Running)
                    .SetProperty(c => c.Attempts, c => c.Attempts + 1)
                    .SetProperty(c => c.Progress, 10)
                    .SetProperty(c => c.StartedAt, now)
                    .SetProperty(c => c.LeaseOwner, owner)
                    .SetProperty(c => c.LeaseExpiresAt, leaseEnd),
                cancellationToken);
        return claimed == 1;
    }

    private async Task SetProgressAsync(Guid id, string owner, int progress, CancellationToken cancellationToken)
    {
        var leaseEnd = time.GetUtcNow().UtcDateTime + options.Jobs.Lease;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Owned(db, id, owner).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Progress, progress).SetProperty(c => c.LeaseExpiresAt, leaseEnd),
            cancellationToken);
    }

    private async Task<KzDiff.Core.Editions.Edition> LoadAsync(Guid editionId, CancellationToken cancellationToken)
    {
        try
        {
            return await trees.GetAsync(editionId, cancellationToken)
                ?? throw new ComparisonInputException($"edition {editionId} is no longer stored");
        }
        catch (InvalidDataException ex)
        {
            throw new ComparisonInputException($"edition {editionId} cannot be read: {ex.Message}", ex);
        }
    }

    private sealed record ComparisonInputs(
        Guid FromEditionId, Guid ToEditionId, int Attempts, string CountryKey, int FromYear, int ToYear, string EngineVersion, string? WatchTerms);

    private static IQueryable<ComparisonRecord> Owned(KzDiffDbContext db, Guid id, string owner) =>
        db.Comparisons.Where(c => c.Id == id && c.Status == ComparisonState.Running && c.LeaseOwner == owner);
}
