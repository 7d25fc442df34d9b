using KzDiff.Core.Parsing;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Trends;

/// <summary>Term counts per year over the stored editions (the latest revision of each country and year), and the sentences behind them.</summary>
public sealed class TrendService(IDbContextFactory<KzDiffDbContext> contextFactory, TrendIndex index)
{
    public const int MaxPageSize = 200;

    private const double PerWords = 100_000;

    /// <summary>Counts and rates per year; years without a stored edition (in range, for the country) are left out.</summary>
    /// <exception cref="TrendQueryException">The range is reversed or the section filter too long.</exception>
    public async Task<TrendReport> QueryAsync(TrendQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var section = CheckSection(query.Section);
        CheckRange(query.From, query.To);
        var editions = await LatestEditionsAsync(query.Country, query.From, query.To, cancellationToken);
        var texts = await index.GetAsync(editions, cancellationToken);
        var years = new List<TrendYear>();
        foreach (var year in texts.GroupBy(t => t.Year).OrderBy(g => g.Key))
        {
            long words = 0;
            var counts = query.Terms.ToDictionary(t => t, _ => 0L, StringComparer.Ordinal);
            foreach (var text in year)
            {
                words += index.Select(text, section).Words;
                foreach (var term in query.Terms)
                {
                    counts[term] += index.Count(text, term, section);
                }
            }

            var rates = counts.ToDictionary(
                c => c.Key,
                c => words == 0 ? 0 : Math.Round(c.Value * PerWords / words, 2),
                StringComparer.Ordinal);
            years.Add(new TrendYear(year.Key, year.Count(), words, counts, rates));
        }

        return new TrendReport(query.Terms, query.Country is null ? null : CountryKeys.Normalize(query.Country), section.Length == 0 ? null : section, years);
    }

    /// <summary>The sentences holding a term in one year, by country then document order, a page at a time.</summary>
    /// <exception cref="TrendQueryException">Page or page size out of range, or the section filter too long.</exception>
    public async Task<TermSentencePage> SentencesAsync(
        string term,
        int year,
        string? country = null,
        string? section = null,
        int page = 1,
        int pageSize = 50,
        CancellationToken cancellationToken = default)
    {
        var folded = TrendTerms.Parse(term)[0];
        var filter = CheckSection(section);
        if (page < 1)
        {
            throw new TrendQueryException("page", $"page must be 1 or more, was {page}");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new TrendQueryException("pageSize", $"pageSize must be between 1 and {MaxPageSize}, was {pageSize}");
        }

        var editions = await LatestEditionsAsync(country, year, year, cancellationToken);
        var texts = (await index.GetAsync(editions, cancellationToken))
            .Where(t => index.Count(t, folded, filter) > 0)
            .OrderBy(t => t.Country, StringComparer.Ordinal);
        var skip = (page - 1) * pageSize;
        var total = 0;
        var items = new List<TermSentence>(pageSize);
        foreach (var text in texts)
        {
            var selection = index.Select(text, filter);
            var lastSentence = -1;
            var at = 0;
            while ((at = text.Folded.IndexOf(folded, at, StringComparison.Ordinal)) >= 0)
            {
                var hit = at;
                at += folded.Length;
                if (!selection.Holds(hit))
                {
                    continue;
                }

                var (start, sentence) = text.SentenceAt(hit);
                if (start == lastSentence)
                {
                    continue;
                }

                lastSentence = start;
                total++;
                if (total > skip && items.Count < pageSize)
                {
                    var where = text.SectionAt(hit);
                    items.Add(new TermSentence(text.Country, text.CountryName, text.Year, where.Path, where.Title, sentence));
                }
            }
        }

        return new TermSentencePage(folded, year, total, page, pageSize, items);
    }

    /// <summary>Loads every stored edition's text now, so that the first query does not wait for it.</summary>
    public async Task WarmAsync(CancellationToken cancellationToken = default) =>
        await index.GetAsync(await LatestEditionsAsync(null, null, null, cancellationToken), cancellationToken);

    private static string CheckSection(string? section)
    {
        var value = section?.Trim() ?? string.Empty;
        if (value.Length > 300)
        {
            throw new TrendQueryException("section", $"a section filter may have at most 300 characters, had {value.Length}");
        }

        return value.ToLowerInvariant();
    }

    private static void CheckRange(int? from, int? to)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw new TrendQueryException("from", $"from ({f}) is after to ({t})");
        }
    }

    private async Task<IReadOnlyList<Guid>> LatestEditionsAsync(string? country, int? from, int? to, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Editions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(country))
        {
            var key = CountryKeys.Normalize(country);
            query = query.Where(e => e.CountryKey == key);
        }

        if (from is { } f)
        {
            query = query.Where(e => e.Year >= f);
        }

        if (to is { } t)
        {
            query = query.Where(e => e.Year <= t);
        }

        var rows = await query.Select(e => new { e.Id, e.CountryKey, e.Year, e.Revision }).ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => (r.CountryKey, r.Year))
            .Select(g => g.MaxBy(r => r.Revision)!.Id)
            .ToArray();
    }
}
