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

    /// <summary>
    /// The year's headings learned from its stored editions together with those of an import in
    /// progress (the heading titles of each new report), or null while the two hold too few reports.
    /// A folder import learns each year once, from every report it brings, instead of from whichever
    /// reports happened to be stored before each file.
    /// </summary>
    public async Task<TemplateHeadings?> LearnWithAsync(int year, IReadOnlyCollection<IReadOnlyList<string>> newReports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newReports);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Editions.AsNoTracking().CountAsync(e => e.Year == year, cancellationToken);
        if (stored + newReports.Count < MinReports)
        {
            return null;
        }

        var rows = stored == 0
            ? []
            : await db.Sections.AsNoTracking()
                .Where(s => HeadingLevels.Contains(s.Level) && db.Editions.Any(e => e.Id == s.EditionId && e.Year == year))
                .Select(s => new { s.EditionId, s.Title })
                .ToListAsync(cancellationToken);
        IEnumerable<IEnumerable<string>> storedReports = rows.GroupBy(r => r.EditionId).Select(g => g.Select(r => r.Title));
        // As for stored reports, which have rows only for the headings they carry: a report without any counts in the share of none.
        return TemplateHeadings.Learn([.. storedReports, .. newReports.Where(r => r.Count > 0)]);
    }

    /// <summary>The titles a parsed report carries as headings, as <see cref="LearnWithAsync"/> takes them.</summary>
    public static IReadOnlyList<string> HeadingTitles(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return [.. edition.Root.DescendantsAndSelf()
            .Where(n => n.Level is SectionLevel.Subsection or SectionLevel.Subheading)
            .Select(n => n.Title)];
    }
}
