using KzDiff.Core.Comparison;
using KzDiff.Core.Parsing;
using KzDiff.Core.Review;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Review;

/// <summary>
/// The review queue: every flag of the stored comparisons with its latest decision, and the decisions
/// themselves, appended one version at a time with optimistic concurrency.
/// </summary>
public sealed class ReviewService(IDbContextFactory<KzDiffDbContext> contextFactory, FlagIndex index, TimeProvider time)
{
    /// <summary>One page of the flags matching <paramref name="query"/>, most significant first.</summary>
    public async Task<ReviewPage> ListAsync(ReviewQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await index.IndexPendingAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var flags = Filter(db, query);
        var count = await flags.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, ReviewLimits.MaxPageSize);
        var page = Math.Max(1, query.Page);
        var records = await flags
            .OrderByDescending(f => f.Score)
            .ThenBy(f => f.CountryKey)
            .ThenByDescending(f => f.ToYear)
            .ThenBy(f => f.SectionPath)
            .ThenBy(f => f.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        var decisions = await LatestDecisionsAsync(db, records.Select(r => r.Id).ToList(), cancellationToken);
        return new ReviewPage([.. records.Select(r => ToItem(r, decisions.GetValueOrDefault(r.Id)))], count, page, pageSize);
    }

    /// <summary>One flag of the queue, or null when no stored comparison has it.</summary>
    public async Task<ReviewItem?> GetAsync(string flagId, CancellationToken cancellationToken = default)
    {
        if (!FlagIds.IsWellFormed(flagId))
        {
            return null;
        }

        await index.IndexPendingAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.ReviewFlags.AsNoTracking().SingleOrDefaultAsync(f => f.Id == flagId, cancellationToken);
        return record is null ? null : ToItem(record, await LatestAsync(db, flagId, cancellationToken));
    }

    /// <summary>Every decision on a flag, oldest first; null when the flag is unknown.</summary>
    public async Task<IReadOnlyList<ReviewDecision>?> HistoryAsync(string flagId, CancellationToken cancellationToken = default)
    {
        if (!FlagIds.IsWellFormed(flagId))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var history = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.FlagId == flagId)
            .OrderBy(d => d.Version)
            .ToListAsync(cancellationToken);
        if (history.Count == 0 && !await KnownAsync(db, flagId, cancellationToken))
        {
            return null;
        }

        return [.. history.Select(ToDecision)];
    }

    /// <summary>The histories of several flags at once (for a page of the queue), oldest decision first.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ReviewDecision>>> HistoriesAsync(IReadOnlyCollection<string> flagIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flagIds);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var all = new List<ReviewDecisionRecord>();
        foreach (var chunk in flagIds.Chunk(500))
        {
            all.AddRange(await db.ReviewDecisions.AsNoTracking().Where(d => chunk.Contains(d.FlagId)).ToListAsync(cancellationToken));
        }

        return all.GroupBy(d => d.FlagId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ReviewDecision>)[.. g.OrderBy(d => d.Version).Select(ToDecision)], StringComparer.Ordinal);
    }

    /// <summary>
    /// Records a decision as the flag's next version, if the flag is still at <paramref name="expectedVersion"/>
    /// (0 while undecided). Two reviewers deciding the same version: the first one stored wins, the
    /// other gets <see cref="DecisionOutcome.Conflict"/> with the winning decision, in any number of processes.
    /// </summary>
    public async Task<DecisionResult> DecideAsync(
        string flagId, string? state, string? note, int expectedVersion, string reviewer, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        if (!FlagIds.IsWellFormed(flagId))
        {
            return new DecisionResult(DecisionOutcome.UnknownFlag, null);
        }

        var parsed = ReviewStates.Parse(state);
        if (parsed is null)
        {
            return DecisionResult.Invalid("state", $"state must be one of {string.Join(", ", ReviewStates.All)}");
        }

        note ??= "";
        if (note.Length > ReviewLimits.MaxNoteLength)
        {
            return DecisionResult.Invalid("note", $"a note has at most {ReviewLimits.MaxNoteLength} characters; this one has {note.Length}");
        }

        if (expectedVersion < 0)
        {
            return DecisionResult.Invalid("expectedVersion", "expectedVersion is the flag's version as last read: 0 for an undecided flag, never negative");
        }

        await index.IndexPendingAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await KnownAsync(db, flagId, cancellationToken))
        {
            return new DecisionResult(DecisionOutcome.UnknownFlag, null);
        }

        var current = await LatestAsync(db, flagId, cancellationToken);
        if ((current?.Version ?? 0) != expectedVersion)
        {
            return new DecisionResult(DecisionOutcome.Conflict, current);
        }

        var record = new ReviewDecisionRecord
        {
            FlagId = flagId,
            Version = expectedVersion + 1,
            State = parsed,
            Note = note.Trim(),
            DecidedBy = reviewer,
            DecidedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ReviewDecisions.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueConflict(e))
        {
            // The unique index on (flag, version): another reviewer's decision of this version was stored first.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            return new DecisionResult(DecisionOutcome.Conflict, await LatestAsync(fresh, flagId, cancellationToken));
        }

        return new DecisionResult(DecisionOutcome.Decided, ToDecision(record));
    }

    private static IQueryable<ReviewFlagRecord> Filter(KzDiffDbContext db, ReviewQuery query)
    {
        var flags = db.ReviewFlags.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var key = CountryKeys.Normalize(query.Country);
            flags = flags.Where(f => f.CountryKey == key);
        }

        if (query.From is { } from)
        {
            flags = flags.Where(f => f.FromYear >= from);
        }

        if (query.To is { } to)
        {
            flags = flags.Where(f => f.ToYear <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = query.Kind.Trim().ToLowerInvariant();
            flags = flags.Where(f => f.Kind == kind);
        }

        if (query.MinScore is { } minScore)
        {
            flags = flags.Where(f => f.Score >= minScore);
        }

        if (!string.IsNullOrWhiteSpace(query.Section))
        {
            var section = query.Section.Trim();
            var below = section + "/";
            var words = section.ToLowerInvariant();
            // ToLower().Contains becomes SQL lower() and LIKE on both providers; the StringComparison overloads do not translate.
#pragma warning disable CA1862
            flags = flags.Where(f => f.SectionPath == section || f.SectionPath.StartsWith(below)
                || f.OldSectionPath == section || f.SectionTitle.ToLower().Contains(words));
#pragma warning restore CA1862
        }

        if (ReviewStates.Parse(query.State) is { } state)
        {
            // The state is the latest decision's, or open without one: a scalar subquery on (flag, version).
            flags = flags.Where(f => (db.ReviewDecisions
                .Where(d => d.FlagId == f.Id)
                .OrderByDescending(d => d.Version)
                .Select(d => d.State)
                .FirstOrDefault() ?? ReviewStates.Open) == state);
        }

        return flags;
    }

    private static async Task<bool> KnownAsync(KzDiffDbContext db, string flagId, CancellationToken cancellationToken) =>
        await db.ReviewFlags.AnyAsync(f => f.Id == flagId, cancellationToken)
        || await db.ReviewDecisions.AnyAsync(d => d.FlagId == flagId, cancellationToken);

    private static async Task<ReviewDecision?> LatestAsync(KzDiffDbContext db, string flagId, CancellationToken cancellationToken)
    {
        var record = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.FlagId == flagId)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : ToDecision(record);
    }

    /// <summary>The latest decision of each of <paramref name="flagIds"/> that has one.</summary>
    internal static async Task<Dictionary<string, ReviewDecision>> LatestDecisionsAsync(KzDiffDbContext db, IReadOnlyCollection<string> flagIds, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, ReviewDecision>(StringComparer.Ordinal);
        foreach (var chunk in flagIds.Chunk(500))
        {
            var records = await db.ReviewDecisions.AsNoTracking().Where(d => chunk.Contains(d.FlagId)).ToListAsync(cancellationToken);
            foreach (var record in records)
            {
                if (!latest.TryGetValue(record.FlagId, out var known) || known.Version < record.Version)
                {
                    latest[record.FlagId] = ToDecision(record);
                }
            }
        }

        return latest;
    }

    private static ReviewDecision ToDecision(ReviewDecisionRecord d) => new(d.FlagId, d.Version, d.State, d.Note, d.DecidedBy, d.DecidedAt);

    private static ReviewItem ToItem(ReviewFlagRecord f, ReviewDecision? decision) => new(
        f.Id,
        f.Kind,
        f.Score,
        f.Explanation,
        f.CountryKey,
        f.CountryName,
        f.FromYear,
        f.ToYear,
        new SectionReference(f.SectionPath, f.SectionTitle),
        f.OldSectionPath is null ? null : new SectionReference(f.OldSectionPath, f.OldSectionTitle ?? ""),
        f.RowStatus,
        f.OldText,
        f.NewText,
        FlagIndex.ReadWords(f.WordsJson),
        f.Anchor,
        f.ComparisonId,
        decision);
}
