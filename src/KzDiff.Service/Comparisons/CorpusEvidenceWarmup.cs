using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Comparisons;

/// <summary>
/// Builds the corpus evidence in a process that runs comparison jobs as soon as it starts, in the
/// background: every country's pairing of two years, about 12 s for the 2023 and 2024 editions of
/// every country, which the first comparison of those years would otherwise wait for. Warmed: the
/// years of the comparisons waiting (a worker started to help with a batch takes those), or else the
/// latest two stored years (the pair a new batch most likely asks for).
/// </summary>
public sealed class CorpusEvidenceWarmup(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    CorpusEvidenceProvider corpus,
    IComparisonEngine engine,
    TimeProvider time,
    ILogger<CorpusEvidenceWarmup> logger) : BackgroundService
{
    /// <summary>Year pairs warmed at most: each holds one observation per country in memory.</summary>
    internal const int MaxYearPairs = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!engine.UsesCorpus)
        {
            return;
        }

        var started = time.GetTimestamp();
        try
        {
            foreach (var (fromYear, toYear) in await YearPairsAsync(stoppingToken))
            {
                var observations = await corpus.ObservationsAsync(fromYear, toYear, stoppingToken);
                logger.LogInformation(
                    "Corpus evidence {From}->{To}: {Countries} countries in memory after {Elapsed}",
                    fromYear, toYear, observations.Count, time.GetElapsedTime(started));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the warm-up finished: the first comparison builds what is missing.
        }
#pragma warning disable CA1031 // A failed warm-up only costs the first comparison time; it must not stop the service.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Corpus evidence warm-up failed; the first comparison of each pair of years builds it");
        }
    }

    /// <summary>The year pairs of the comparisons waiting under a corpus version, or else the latest two stored years.</summary>
    internal async Task<IReadOnlyList<(int FromYear, int ToYear)>> YearPairsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var waiting = await db.Comparisons.AsNoTracking()
            .Where(c => (c.Status == ComparisonState.Queued || c.Status == ComparisonState.Running) && c.EngineVersion.Contains("+corpus."))
            .GroupBy(c => new { c.FromYear, c.ToYear })
            .Select(g => new { g.Key.FromYear, g.Key.ToYear, Count = g.Count() })
            .ToListAsync(cancellationToken);
        if (waiting.Count > 0)
        {
            return [.. waiting.OrderByDescending(p => p.Count).Take(MaxYearPairs).Select(p => (p.FromYear, p.ToYear))];
        }

        var years = await db.Editions.AsNoTracking().Select(e => e.Year).Distinct().OrderByDescending(y => y).Take(2).ToListAsync(cancellationToken);
        return years.Count == 2 ? [(years[1], years[0])] : [];
    }
}
