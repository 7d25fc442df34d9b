using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Comparisons;

/// <summary>
/// The corpus evidence of two years, from every stored country with editions for both: each
/// country's comparison made without evidence, reduced to a <see cref="CorpusObservation"/>. The
/// evidence is a function of those editions, so their ids make the corpus version that goes into a
/// comparison's engine version: a new or re-imported edition of either year changes the version,
/// and the comparisons stored under the old one are recomputed when next requested.
/// </summary>
public sealed class CorpusEvidenceProvider(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    EditionTreeCache trees,
    IComparisonEngine engine,
    EditionStoreGeneration generation,
    TimeProvider time)
{
    private static readonly FlagOptions WithoutFlags = new() { Enabled = false };

    /// <summary>
    /// How long the pairs are kept at most: an import made by another process (the CLI on the same
    /// store, another server of a team) does not advance this process's generation.
    /// </summary>
    public static readonly TimeSpan PairsLifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(int From, int To), StoredPairs> _pairs = new();

    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<CorpusObservation>>>> _observations = new(StringComparer.Ordinal);

    /// <summary>The engine version a comparison of <paramref name="country"/> is stored under: with the corpus version when other countries are stored.</summary>
    public async Task<string> VersionAsync(string country, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        if (!engine.UsesCorpus)
        {
            return engine.Version;
        }

        var pairs = await PairsAsync(fromYear, toYear, cancellationToken);
        return !pairs.Any(p => p.Country != country) ? engine.Version : $"{engine.Version}+corpus.{Fingerprint(pairs)}";
    }

    /// <summary>The version of everything computed from the two years' stored editions: the engine's and the editions' fingerprint.</summary>
    public async Task<string> TableVersionAsync(int fromYear, int toYear, CancellationToken cancellationToken) =>
        $"{engine.Version}+corpus.{Fingerprint(await PairsAsync(fromYear, toYear, cancellationToken))}";

    /// <summary>The evidence for one country's comparison (its own observation left out); null when no other country is stored.</summary>
    public async Task<CorpusEvidence?> EvidenceAsync(string country, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var observations = await ObservationsAsync(fromYear, toYear, cancellationToken);
        var evidence = CorpusEvidence.Build(observations, exceptCountry: country);
        return evidence.Reports == 0 ? null : evidence;
    }

    /// <summary>Every stored country's observation of the two years (computed once per set of editions).</summary>
    public async Task<IReadOnlyList<CorpusObservation>> ObservationsAsync(int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var pairs = await PairsAsync(fromYear, toYear, cancellationToken);
        var key = $"{fromYear}-{toYear}-{Fingerprint(pairs)}";
        var lazy = _observations.GetOrAdd(key, _ => new Lazy<Task<IReadOnlyList<CorpusObservation>>>(() => ObserveAsync(pairs)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            _observations.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>Whether the observations of the two years are built and in memory (for some set of editions).</summary>
    internal bool Holds(int fromYear, int toYear) =>
        _observations.Any(o => o.Key.StartsWith($"{fromYear}-{toYear}-", StringComparison.Ordinal) && o.Value.IsValueCreated && o.Value.Value.IsCompletedSuccessfully);

    /// <summary>
    /// Latest revision of each country with both years, ordered by country; read once per import
    /// (every compare page asks for its comparison's version, which is made of these).
    /// </summary>
    public async Task<IReadOnlyList<CorpusPair>> PairsAsync(int fromYear, int toYear, CancellationToken cancellationToken)
    {
        // The generation is read before the store: an import finishing meanwhile leaves the entry stale, never the reverse.
        var current = generation.Current;
        var now = time.GetUtcNow();
        if (_pairs.TryGetValue((fromYear, toYear), out var stored) && stored.Generation == current && now - stored.ReadAt < PairsLifetime)
        {
            return stored.Pairs;
        }

        var pairs = await ReadPairsAsync(fromYear, toYear, cancellationToken);
        _pairs[(fromYear, toYear)] = new StoredPairs(current, now, pairs);
        return pairs;
    }

    private async Task<IReadOnlyList<CorpusPair>> ReadPairsAsync(int fromYear, int toYear, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Editions.AsNoTracking()
            .Where(e => e.Year == fromYear || e.Year == toYear)
            .Select(e => new { e.CountryKey, e.Year, e.Revision, e.Id })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CountryKey, StringComparer.Ordinal)
            .Select(g => (Country: g.Key, From: g.Where(r => r.Year == fromYear).MaxBy(r => r.Revision), To: g.Where(r => r.Year == toYear).MaxBy(r => r.Revision)))
            .Where(g => g.From is not null && g.To is not null)
            .OrderBy(g => g.Country, StringComparer.Ordinal)
            .Select(g => new CorpusPair(g.Country, g.From!.Id, g.To!.Id))
            .ToList();
    }

    private async Task<IReadOnlyList<CorpusObservation>> ObserveAsync(IReadOnlyList<CorpusPair> pairs)
    {
        var observations = new List<CorpusObservation>(pairs.Count);
        foreach (var pair in pairs)
        {
            var older = await trees.GetAsync(pair.FromEditionId);
            var newer = await trees.GetAsync(pair.ToEditionId);
            if (older is not null && newer is not null)
            {
                // Without evidence, so the evidence never feeds on its own pairings; without flags,
                // which observations do not read.
                observations.Add(CorpusObservation.From(EditionComparer.Compare(older, newer, WithoutFlags)) with { Country = pair.Country });
            }
        }

        return observations;
    }

    private sealed record StoredPairs(long Generation, DateTimeOffset ReadAt, IReadOnlyList<CorpusPair> Pairs);

    private static string Fingerprint(IReadOnlyList<CorpusPair> pairs)
    {
        var text = new StringBuilder();
        foreach (var pair in pairs)
        {
            text.Append(pair.Country).Append(':').Append(pair.FromEditionId).Append(':').Append(pair.ToEditionId).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
