using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Editions;

/// <summary>Read side of the edition store, as the UI, the API and the CLI use it.</summary>
public sealed class EditionCatalog(IDbContextFactory<KzDiffDbContext> contextFactory, EditionTreeCache trees)
{
    /// <summary>Every country with at least one stored edition, by key.</summary>
    public async Task<IReadOnlyList<CountrySummary>> ListCountriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Editions.AsNoTracking()
            .Select(e => new { e.CountryKey, e.CountryName, e.Year, e.Revision })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.CountryKey, StringComparer.Ordinal)
            .Select(g => new CountrySummary(
                g.Key,
                // The newest edition's spelling of the name is the one readers expect today.
                g.OrderByDescending(r => r.Year).ThenByDescending(r => r.Revision).First().CountryName,
                g.Select(r => r.Year).Distinct().Order().ToArray()))
            .OrderBy(c => c.Country, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Stored editions by country and year, every revision; <paramref name="country"/> null for all.</summary>
    public async Task<IReadOnlyList<EditionSummary>> ListEditionsAsync(string? country = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Editions.AsNoTracking();
        if (country is not null)
        {
            var key = CountryKeys.Normalize(country);
            query = query.Where(e => e.CountryKey == key);
        }

        var rows = await query.ToListAsync(cancellationToken);
        var latest = rows
            .GroupBy(r => (r.CountryKey, r.Year))
            .ToDictionary(g => g.Key, g => g.Max(r => r.Revision));
        return rows
            .OrderBy(r => r.CountryKey, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Revision)
            .Select(r => ToSummary(r, latest[(r.CountryKey, r.Year)] == r.Revision))
            .ToArray();
    }

    /// <summary>The given revision, or the latest when <paramref name="revision"/> is null.</summary>
    public async Task<EditionSummary?> FindEditionAsync(string country, int year, int? revision = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(country);
        var key = CountryKeys.Normalize(country);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var revisions = db.Editions.AsNoTracking().Where(e => e.CountryKey == key && e.Year == year);
        var latestRevision = await revisions.MaxAsync(e => (int?)e.Revision, cancellationToken);
        if (latestRevision is null)
        {
            return null;
        }

        var wanted = revision ?? latestRevision.Value;
        var record = await revisions.SingleOrDefaultAsync(e => e.Revision == wanted, cancellationToken);
        return record is null ? null : ToSummary(record, wanted == latestRevision);
    }

    public async Task<EditionSummary?> GetEditionAsync(Guid editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == editionId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var newer = await db.Editions.AnyAsync(
            e => e.CountryKey == record.CountryKey && e.Year == record.Year && e.Revision > record.Revision,
            cancellationToken);
        return ToSummary(record, !newer);
    }

    /// <summary>The parsed section tree of a stored edition.</summary>
    public Task<Edition?> LoadEditionAsync(Guid editionId, CancellationToken cancellationToken = default) =>
        trees.GetAsync(editionId, cancellationToken);

    /// <summary>The latest import attempts, newest first (failed ones included, with their reasons).</summary>
    public async Task<IReadOnlyList<ImportLogEntry>> ListImportsAsync(int count = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ImportLog.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Take(Math.Clamp(count, 1, 1000))
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new ImportLogEntry(r.SourceName, Enum.Parse<ImportOutcome>(r.Outcome), r.Error, r.EditionId, r.CountryKey, r.Year, r.At, r.UploadedBy))
            .ToArray();
    }

    internal static EditionSummary ToSummary(EditionRecord r, bool isLatest) => new(
        r.Id, r.CountryKey, r.CountryName, r.Year, r.Revision, isLatest, r.Sha256, r.SourceName, r.Format,
        r.SectionCount, r.ParagraphCount, r.SentenceCount, r.WordCount, r.ImportedAt);
}
