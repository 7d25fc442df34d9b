using KzDiff.Core.Parsing;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Lineage;

/// <summary>Follows sections across years through renames and moves.</summary>
public sealed class SectionHistoryService(IDbContextFactory<KzDiffDbContext> contextFactory)
{
    /// <summary>The lineage's section in every stored year, or null when the country has no such lineage.</summary>
    public async Task<SectionHistory?> GetHistoryAsync(string country, string lineageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(lineageId);
        var key = CountryKeys.Normalize(country);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from s in db.Sections.AsNoTracking()
                join e in db.Editions.AsNoTracking() on s.EditionId equals e.Id
                where s.CountryKey == key && s.LineageId == lineageId
                select new { e.Id, e.Year, e.Revision, s.Path, s.Title, s.Level, s.SentenceCount, s.WordCount, s.Ordinal })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var years = rows
            .GroupBy(r => r.Year)
            .Select(g =>
            {
                // Older revisions of a year are history of the text, not of the section; show the latest.
                var latest = g.Max(r => r.Revision);
                var r = g.Where(x => x.Revision == latest).OrderBy(x => x.Ordinal).First();
                return new SectionHistoryEntry(r.Id, r.Year, r.Revision, r.Path, r.Title, r.Level, r.SentenceCount, r.WordCount);
            })
            .OrderBy(e => e.Year)
            .ToArray();
        return new SectionHistory(key, lineageId, years);
    }

    /// <summary>Every section of an edition, in document order, with its lineage id (to link a section to its history).</summary>
    public async Task<IReadOnlyList<SectionLineage>> ListSectionsAsync(Guid editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Sections.AsNoTracking()
            .Where(s => s.EditionId == editionId)
            .OrderBy(s => s.Ordinal)
            .Select(s => new SectionLineage(s.Path, s.Title, s.Level, s.Depth, s.LineageId, s.SentenceCount, s.WordCount))
            .ToListAsync(cancellationToken);
    }
}
