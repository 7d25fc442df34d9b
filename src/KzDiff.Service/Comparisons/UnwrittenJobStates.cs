using System.Collections.Concurrent;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Comparisons;

/// <summary>
/// Comparison states that a job could not write because the store refused (its disk full, its server
/// gone), kept in memory and written again until the store takes them. Without this a comparison
/// stays queued or running after the store recovers, until a restart. Hangfire's retry of the job
/// writes its state first; <see cref="UnwrittenJobStateRetry"/> writes the rest every
/// <c>KzDiff:Jobs:StateWriteRetry</c>; <c>/health</c> reports them meanwhile.
/// </summary>
public sealed class UnwrittenJobStates(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    IComparisonScheduler scheduler,
    TimeProvider time,
    ILogger<UnwrittenJobStates> logger)
{
    // A state is a small write: worth a few quick tries before it waits for the next round.
    private static readonly TimeSpan[] QuickRetries = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)];

    private readonly ConcurrentDictionary<Guid, UnwrittenJobState> pending = new();

    /// <summary>The states not written yet, oldest first.</summary>
    public IReadOnlyList<UnwrittenJobState> Pending => [.. pending.Values.OrderBy(s => s.FailedAt)];

    /// <summary>Writes every pending state the store now takes, queuing again the comparisons given back; returns how many are done with.</summary>
    public async Task<int> RetryAsync(CancellationToken cancellationToken = default)
    {
        var done = 0;
        foreach (var state in pending.Values)
        {
            if (await TryWriteAsync(state, enqueue: true, cancellationToken))
            {
                done++;
            }
        }

        return done;
    }

    /// <summary>Before a job runs again: the state its earlier run could not write, so that this run sees it.</summary>
    internal async Task RetryAsync(Guid comparisonId, CancellationToken cancellationToken)
    {
        if (pending.TryGetValue(comparisonId, out var state))
        {
            await TryWriteAsync(state, enqueue: false, cancellationToken);
        }
    }

    /// <summary>
    /// Writes a job's state now, trying a few times; false when the store still refuses, and then it
    /// waits here for the next try.
    /// </summary>
    internal async Task<bool> WriteAsync(UnwrittenJobState state, CancellationToken cancellationToken)
    {
        foreach (var delay in QuickRetries)
        {
            if (await TryWriteAsync(state, enqueue: false, cancellationToken, keep: false))
            {
                return true;
            }

            await Task.Delay(delay, cancellationToken);
        }

        return await TryWriteAsync(state, enqueue: false, cancellationToken);
    }

    /// <summary>Keeps a state the store refused, for the next try.</summary>
    internal void Keep(UnwrittenJobState state) => pending[state.ComparisonId] = state;

    private async Task<bool> TryWriteAsync(UnwrittenJobState state, bool enqueue, CancellationToken cancellationToken, bool keep = true)
    {
        int written;
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            // Only the comparison as the job left it: a later run or request may have moved it on.
            var comparison = db.Comparisons.Where(c => c.Id == state.ComparisonId);
            comparison = state switch
            {
                { Owner: null } => comparison.Where(c => c.Status == ComparisonState.Queued),
                { ClaimUnknown: true } => comparison.Where(c => c.Status == ComparisonState.Queued
                    || (c.Status == ComparisonState.Running && c.LeaseOwner == state.Owner)),
                _ => comparison.Where(c => c.Status == ComparisonState.Running && c.LeaseOwner == state.Owner),
            };
            var completedAt = state.State == ComparisonState.Failed ? time.GetUtcNow().UtcDateTime : (DateTime?)null;
            written = await comparison.ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Status, state.State)
                    .SetProperty(c => c.Error, state.Error)
                    .SetProperty(c => c.CompletedAt, completedAt)
                    .SetProperty(c => c.LeaseOwner, (string?)null)
                    .SetProperty(c => c.LeaseExpiresAt, (DateTime?)null),
                cancellationToken);
        }
#pragma warning disable CA1031 // Whatever the store's failure, the state waits for the next try; /health shows it.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            if (keep)
            {
                var refused = state with { WriteError = StoreErrors.Describe(ex) };
                pending.AddOrUpdate(state.ComparisonId, refused, (_, known) => known.FailedAt < state.FailedAt ? refused with { FailedAt = known.FailedAt } : refused);
                logger.LogWarning("The store refused the state {State} of comparison {Id} ({Error}); trying again later", state.State, state.ComparisonId, refused.WriteError);
            }

            return false;
        }

        pending.TryRemove(state.ComparisonId, out _);
        if (written == 1)
        {
            logger.LogInformation("Wrote the state {State} of comparison {Id} that the store had refused", state.State, state.ComparisonId);
            if (enqueue && state.State == ComparisonState.Queued)
            {
                scheduler.Enqueue(state.ComparisonId);
            }
        }

        return true;
    }
}
