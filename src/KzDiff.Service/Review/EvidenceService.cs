using KzDiff.Core.Review;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Review;

/// <summary>
/// The evidence packet of a comparison: its flags that reviewers confirmed (the latest decision says
/// confirmed), read from the comparison itself, so a flag confirmed on another engine version's
/// comparison of the same editions is in it too.
/// </summary>
public sealed class EvidenceService(IDbContextFactory<KzDiffDbContext> contextFactory, ComparisonService comparisons, TimeProvider time)
{
    /// <summary>The packet, or null when the comparison is not stored or has not succeeded.</summary>
    /// <exception cref="FormatException">The stored result cannot be read by this build.</exception>
    public async Task<EvidencePacket?> ForComparisonAsync(Guid comparisonId, CancellationToken cancellationToken = default)
    {
        var view = await comparisons.GetAsync(comparisonId, cancellationToken);
        var result = view is null ? null : await comparisons.GetResultAsync(comparisonId, cancellationToken);
        if (view is null || result is null)
        {
            return null;
        }

        var flags = ComparisonFlags.Of(result);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var latest = await ReviewService.LatestDecisionsAsync(db, [.. flags.Select(f => f.Id)], cancellationToken);
        var confirmed = flags.Where(f => latest.GetValueOrDefault(f.Id)?.State == ReviewStates.Confirmed).ToList();
        var confirmedIds = confirmed.Select(f => f.Id).ToArray();
        var history = (await db.ReviewDecisions.AsNoTracking().Where(d => confirmedIds.Contains(d.FlagId)).ToListAsync(cancellationToken))
            .GroupBy(d => d.FlagId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Version).Select(d => new EvidenceNote(d.Version, d.State, d.Note, d.DecidedBy, d.DecidedAt)).ToArray(), StringComparer.Ordinal);

        var comparePage = $"/compare/{Uri.EscapeDataString(view.Country)}/{view.FromYear}..{view.ToYear}";
        var items = confirmed
            .OrderByDescending(f => f.Flag.Score)
            .Select(f =>
            {
                var decision = latest[f.Id];
                return new EvidenceItem(
                    f.Id,
                    Core.Rendering.FlagLabels.Label(f.Flag.Kind),
                    Math.Round(f.Flag.Score, 4),
                    f.Flag.Explanation,
                    f.Section.Old is { } o ? new EvidenceSection(o.Path, o.Title) : null,
                    f.Section.New is { } n ? new EvidenceSection(n.Path, n.Title) : null,
                    f.Sentence?.Old,
                    f.Sentence?.New,
                    comparePage + "#" + f.Anchor,
                    decision.DecidedBy,
                    decision.DecidedAt,
                    history.GetValueOrDefault(f.Id) ?? []);
            })
            .ToArray();

        return new EvidencePacket(
            view.Country,
            string.IsNullOrEmpty(result.New.CountryName) ? view.Country : result.New.CountryName,
            view.Id,
            view.EngineVersion,
            time.GetUtcNow().UtcDateTime,
            await EditionAsync(db, view.FromEditionId, result.Old, cancellationToken),
            await EditionAsync(db, view.ToEditionId, result.New, cancellationToken),
            items);
    }

    private static async Task<EvidenceEdition> EditionAsync(KzDiffDbContext db, Guid editionId, Core.Editions.EditionMetadata compared, CancellationToken cancellationToken)
    {
        var edition = await db.Editions.AsNoTracking().SingleAsync(e => e.Id == editionId, cancellationToken);
        // The address the import read from the page travels with the comparison: no need to read the page again.
        var (address, fromPage) = EditionAddress.Of(compared);
        return new EvidenceEdition(edition.Year, edition.Revision, edition.Sha256, edition.SourceName, address, fromPage);
    }
}
