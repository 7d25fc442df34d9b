using System.Text.Json;
using Hangfire;
using KzDiff.Core.Rendering;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Subscriptions;

/// <summary>
/// Makes the change summaries of an imported edition: compares it with the country's previous
/// stored edition (the stored comparison with the configured terms, computed here if no worker has
/// yet) and writes one outbox row per subscription that follows something that changed. The rows
/// and the end of the run are one transaction, and the rows' unique key (subscription, comparison)
/// makes a second run of the same job store nothing twice.
/// </summary>
public sealed class ChangeSummaryJob(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    ComparisonService comparisons,
    ComparisonJob comparisonJob,
    ISubscriptionScheduler scheduler,
    SubscriptionLinks links,
    TimeProvider time,
    ILogger<ChangeSummaryJob> logger)
{
    [Queue(JobQueues.Notifications)]
    [AutomaticRetry(Attempts = 6, DelaysInSeconds = [1, 2, 5, 10, 30, 60], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid editionId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.ChangeSummaryRuns.SingleOrDefaultAsync(r => r.EditionId == editionId, cancellationToken);
        if (run is null)
        {
            return;
        }

        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == editionId, cancellationToken);
        var previous = edition is null
            ? null
            : await db.Editions.AsNoTracking()
                .Where(e => e.CountryKey == edition.CountryKey
                    && (e.Year < edition.Year || (e.Year == edition.Year && e.Revision < edition.Revision)))
                .OrderByDescending(e => e.Year).ThenByDescending(e => e.Revision)
                .FirstOrDefaultAsync(cancellationToken);
        var subscriptions = edition is null || previous is null
            ? []
            : await db.Subscriptions.AsNoTracking()
                .Where(s => s.CountryKey == null || s.CountryKey == edition.CountryKey)
                .ToListAsync(cancellationToken);
        if (edition is null || previous is null || subscriptions.Count == 0)
        {
            // Nobody to tell: no comparison is computed for nothing. (A duplicate run may have deleted it already.)
            await db.ChangeSummaryRuns.Where(r => r.EditionId == editionId).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        Guid comparisonId;
        try
        {
            comparisonId = await ComparedAsync(edition, previous, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            // Kept on the run for whoever looks at the store; Hangfire retries, and a restart queues it again.
            await db.ChangeSummaryRuns.Where(r => r.EditionId == editionId).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Attempts, r => r.Attempts + 1).SetProperty(r => r.LastError, ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message),
                CancellationToken.None);
            throw;
        }

        var comparison = await comparisons.GetResultAsync(comparisonId, cancellationToken)
            ?? throw new InvalidOperationException($"comparison {comparisonId} has no stored result");
        var sections = await db.Sections.AsNoTracking()
            .Where(s => s.EditionId == previous.Id || s.EditionId == editionId)
            .ToListAsync(cancellationToken);
        var lineage = LineageScope.Of(sections.Where(s => s.EditionId == previous.Id), sections.Where(s => s.EditionId == editionId));
        var anchors = ComparisonAnchors.Assign(comparison);
        var compareUrl = links.Compare(edition.CountryKey, previous.Year, edition.Year);

        var done = await db.SubscriptionDeliveries.AsNoTracking()
            .Where(d => d.ComparisonId == comparisonId)
            .Select(d => d.SubscriptionId)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var batches = new List<Guid>();
        foreach (var subscription in subscriptions.Where(s => !done.Contains(s.Id)))
        {
            var message = ChangeMessageBuilder.Build(subscription.Id, SubscriptionFilter.Of(subscription), comparison, anchors, lineage, compareUrl);
            if (message is null)
            {
                continue;
            }

            var feedOnly = subscription.DeliveryType == nameof(DeliveryType.Feed);
            var immediate = subscription.Schedule == nameof(DeliverySchedule.Immediate);
            var row = new SubscriptionDeliveryRecord
            {
                Id = Guid.NewGuid(),
                SubscriptionId = subscription.Id,
                ComparisonId = comparisonId,
                CountryKey = edition.CountryKey,
                FromYear = previous.Year,
                ToYear = edition.Year,
                MessageJson = JsonSerializer.Serialize(message, SubscriptionJsonContext.Default.ChangeMessage),
                Status = feedOnly ? DeliveryState.FeedOnly : immediate ? DeliveryState.Pending : DeliveryState.Held,
                BatchId = feedOnly || !immediate ? null : Guid.NewGuid(),
                CreatedAt = now,
                NextAttemptAt = now,
            };
            db.SubscriptionDeliveries.Add(row);
            if (row.Status == DeliveryState.Pending)
            {
                batches.Add(row.BatchId!.Value);
            }
        }

        // One transaction: the rows exist exactly when the run is gone. A concurrent run of the same
        // job fails here (the run deleted, or the key taken) and leaves the other's rows alone.
        db.ChangeSummaryRuns.Remove(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueConflict(e) || e is DbUpdateConcurrencyException)
        {
            if (await RunLeftAsync(editionId))
            {
                throw;
            }

            // A duplicate run (the import's and the start-up's) finished first: its rows stand, these are dropped.
            logger.LogInformation("Change summaries of edition {Id} were made by another run", editionId);
            return;
        }

        foreach (var batch in batches)
        {
            scheduler.EnqueueDelivery(batch);
        }

        logger.LogInformation(
            "Change summaries of {Country} {From}->{To}: {Messages} messages for {Subscriptions} subscriptions",
            edition.CountryKey, previous.Year, edition.Year, db.ChangeTracker.Entries<SubscriptionDeliveryRecord>().Count(), subscriptions.Count);
    }

    private async Task<bool> RunLeftAsync(Guid editionId)
    {
        await using var db = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        return await db.ChangeSummaryRuns.AnyAsync(r => r.EditionId == editionId);
    }

    /// <summary>The id of the succeeded comparison of the two editions; throws (and so is retried) while it is being computed elsewhere.</summary>
    private async Task<Guid> ComparedAsync(EditionRecord edition, EditionRecord previous, CancellationToken cancellationToken)
    {
        var requested = await comparisons.RequestPairAsync(edition.CountryKey, previous.Year, edition.Year, previous.Id, edition.Id, cancellationToken);
        var id = requested.Comparison!.Id;
        if (requested.Comparison.Status != ComparisonState.Succeeded)
        {
            // Computing it here instead of waiting for a worker; a worker that holds it already wins the claim.
            await comparisonJob.RunAsync(id, cancellationToken);
        }

        var view = await comparisons.GetAsync(id, cancellationToken);
        return view?.Status switch
        {
            ComparisonState.Succeeded => id,
            ComparisonState.Failed => throw new InvalidOperationException($"comparison {id} failed: {view.Error}"),
            _ => throw new InvalidOperationException($"comparison {id} is still {view?.Status}; the summary job will try again"),
        };
    }
}
