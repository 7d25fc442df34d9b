using System.Collections.Concurrent;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Editions;

/// <summary>
/// The template headings of a year, learned from the stored editions of that year
/// (<see cref="TemplateHeadings.Learn"/>). The importer passes them to the parser, so a page that
/// prints one of them as a plain paragraph still gets the heading; a year with few stored reports
/// keeps the built-in list.
/// </summary>
public sealed class YearTemplateHeadings(IDbContextFactory<KzDiffDbContext> contextFactory)
{
    /// <summary>A year needs this many stored reports before its headings are learned.</summary>
    public const int MinReports = 5;

    private static readonly string[] HeadingLevels = [nameof(SectionLevel.Subsection), nameof(SectionLevel.Subheading)];

    private readonly ConcurrentDictionary<int, (int Editions, TemplateHeadings Headings)> _cache = new();

    /// <summary>The year's learned headings with the built-in ones, or null while too few reports of the year are stored.</summary>
    public async Task<TemplateHeadings?> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var editions = await db.Editions.AsNoTracking().CountAsync(e => e.Year == year, cancellationToken);
        if (editions < MinReports)
        {
            return null;
        }

        // Learned again when the year's stored editions grew by a tenth: a folder import of 200
        // reports reads the year's sections some twenty times, not 200, and one more report of a
        // year never makes or unmakes a template heading.
        if (_cache.TryGetValue(year, out var cached) && editions >= cached.Editions && editions < cached.Editions + Math.Max(1, cached.Editions / 10))
        {
            return cached.Headings;
        }

        var rows = await db.Sections.AsNoTracking()
            .Where(s => HeadingLevels.Contains(s.Level) && db.Editions.Any(e => e.Id == s.EditionId && e.Year == year))
            .Select(s => new { s.EditionId, s.Title })
            .ToListAsync(cancellationToken);
        var headings = TemplateHeadings.Learn([.. rows.GroupBy(r => r.EditionId).Select(g => g.Select(r => r.Title))]);
        _cache[year] = (editions, headings);
        return headings;
    }
}
