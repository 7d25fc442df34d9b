using System.Collections.Concurrent;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Trends;

/// <summary>
/// The report text of every stored edition, read from the store once (the first query, or the warm-up
/// after start-up) and kept: a stored edition never changes, a new text is a new edition. Counts per
/// edition, term and section are kept too, so a repeated query is a dictionary lookup per edition.
/// </summary>
public sealed class TrendIndex(IDbContextFactory<KzDiffDbContext> contextFactory) : IDisposable
{
    // Terms are chosen freely by users: forget the counts rather than grow without end.
    private const int MaxCachedCounts = 2_000_000;

    private const int LoadBatch = 64;

    private readonly ConcurrentDictionary<Guid, EditionText> texts = new();
    private readonly ConcurrentDictionary<(Guid Edition, string Term, string Section), int> counts = new();
    private readonly ConcurrentDictionary<(Guid Edition, string Section), SectionSelection> sections = new();
    private readonly SemaphoreSlim loadGate = new(1, 1);

    /// <summary>Editions whose text is in memory.</summary>
    public int Loaded => texts.Count;

    /// <summary>The text of each edition asked for, reading from the store only those not yet in memory; editions no longer stored are left out.</summary>
    public async Task<IReadOnlyList<EditionText>> GetAsync(IReadOnlyList<Guid> editionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editionIds);
        var missing = editionIds.Where(id => !texts.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            await loadGate.WaitAsync(cancellationToken);
            try
            {
                await LoadAsync(missing.Where(id => !texts.ContainsKey(id)).ToArray(), cancellationToken);
            }
            finally
            {
                loadGate.Release();
            }
        }

        var result = new List<EditionText>(editionIds.Count);
        foreach (var id in editionIds)
        {
            if (texts.TryGetValue(id, out var text))
            {
                result.Add(text);
            }
        }

        return result;
    }

    /// <summary>Occurrences of a folded term in the edition, within the section when one is given ("" for the whole report).</summary>
    public int Count(EditionText text, string term, string section)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (counts.Count > MaxCachedCounts)
        {
            counts.Clear();
        }

        return counts.GetOrAdd((text.EditionId, term, section), static (key, state) =>
        {
            var total = 0;
            foreach (var span in state.Index.Select(state.Text, key.Section).Spans)
            {
                total += TermCounter.Count(state.Text.Folded.AsSpan(span.Start, span.End - span.Start), key.Term);
            }

            return total;
        }, (Index: this, Text: text));
    }

    /// <summary>The parts of an edition a section filter keeps ("" keeps the whole report).</summary>
    public SectionSelection Select(EditionText text, string section)
    {
        ArgumentNullException.ThrowIfNull(text);
        return sections.GetOrAdd((text.EditionId, section), static (key, t) => SectionSelection.Of(t, key.Section), text);
    }

    private async Task LoadAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        foreach (var batch in ids.Chunk(LoadBatch))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var rows = await db.EditionContents.AsNoTracking()
                .Where(c => batch.Contains(c.EditionId))
                .Select(c => new { c.EditionId, c.TreeJson })
                .ToListAsync(cancellationToken);
            Parallel.ForEach(rows, new ParallelOptions { CancellationToken = cancellationToken }, row =>
            {
                var edition = StoredEditionJson.Read(row.TreeJson);
                texts[row.EditionId] = EditionTextBuilder.Build(row.EditionId, edition);
            });
        }
    }

    public void Dispose() => loadGate.Dispose();
}
