using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Service.Configuration;
using KzDiff.Service.Lineage;
using KzDiff.Service.Storage;
using KzDiff.Service.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Win32.SafeHandles;

namespace KzDiff.Service.Editions;

/// <summary>
/// Imports many edition files at once (folder imports, the start-up import, <c>kzdiff import</c>) with
/// the outcome of importing them one by one in year order, at a fraction of the cost:
/// every file is read and parsed on every core once, for its country, year, hash and headings; each
/// year's template headings are learned once; then, a group of countries at a time, the new editions'
/// trees are kept (built again only where their year's headings read a paragraph as a heading), given lineage along each country's years in order
/// (the previous year's edition is at hand, not loaded back), and stored in one transaction.
/// </summary>
/// <remarks>
/// A transaction holds whole editions (the edition, its content, sections, change summary run and
/// import log row together), so a crash leaves each edition stored entirely or not at all. Should
/// another process store one of the group's editions meanwhile (a unique index refuses the group),
/// the group is stored one edition at a time, as single imports are.
/// </remarks>
public sealed class EditionBatchImporter(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    EditionImporter importer,
    LineageAssigner lineageAssigner,
    EditionTreeCache trees,
    YearTemplateHeadings headings,
    CountryGates countryGates,
    ISubscriptionScheduler subscriptions,
    KzDiffOptions options,
    TimeProvider time,
    ILogger<EditionBatchImporter> logger)
{
    /// <summary>About this many new editions (whole countries) are stored per transaction.</summary>
    public const int EditionsPerTransaction = 32;

    // The text the first pass read is kept for the second up to about this many bytes of source files
    // (all of the 451 pages at hand, about half of a 500 MB corpus); files beyond it are read again.
    private const long KeptSourceBytes = 256L * 1024 * 1024;

    /// <summary>Imports the files; results in the order given, progress as each one is settled.</summary>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<EditionFile> files, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var run = new Run(files, progress);
        var clock = ImportPhase.Start();

        var scanned = await ScanAsync(run, cancellationToken);
        var fresh = await SettleStoredAsync(run, scanned, cancellationToken);
        var scan = ImportPhase.Since(clock);

        clock = ImportPhase.Start();
        var learned = new Dictionary<int, TemplateHeadings?>();
        foreach (var year in fresh.Select(f => f.Year).Distinct())
        {
            learned[year] = await headings.LearnWithAsync(year, [.. fresh.Where(f => f.Year == year).Select(f => f.Headings)], cancellationToken);
        }

        var learn = ImportPhase.Since(clock);
        // A group is written while the next one is parsed and aligned: the write mostly waits for the
        // disk or the database server, the others keep the cores busy.
        Task writing = Task.CompletedTask;
        try
        {
            foreach (var group in CountryGroups(fresh))
            {
                var prepared = await PrepareGroupAsync(run, group, learned, cancellationToken);
                try
                {
                    await writing;
                }
                catch
                {
                    prepared.Gates.Dispose();
                    throw;
                }

                // On a thread of its own: SQLite's async methods complete synchronously, so an awaited
                // write would run on this thread and the next group would wait for it.
                writing = Task.Run(() => WriteGroupAsync(run, prepared, cancellationToken), CancellationToken.None);
            }
        }
        finally
        {
            await writing;
        }

        await SettleDuplicatesAsync(run, cancellationToken);
        return new ImportSummary(
            [.. run.Results.Select(r => r!)],
            new ImportPhases(scan, learn, run.ParseTime, run.LineageTime, run.WriteTime));
    }

    // First pass: what each file is. Failures are settled (and logged) here; parsed trees are dropped,
    // so that memory holds a group of editions at a time, not the corpus.
    private async Task<List<ScannedFile>> ScanAsync(Run run, CancellationToken cancellationToken)
    {
        var scanned = new ConcurrentBag<ScannedFile>();
        var failures = new ConcurrentBag<ImportLogRecord>();
        var kept = 0L;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, run.Files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Import.ParallelParsers, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var (attempt, length) = await ReadAsync(run.Files[index], token);
                if (attempt is { Edition: { } edition, Source: { } source })
                {
                    var meta = edition.Metadata;
                    var keep = Interlocked.Add(ref kept, length) <= KeptSourceBytes;
                    var candidates = HeadingCandidates.Of(edition);
                    // The text read is needed again only should the year's headings change the tree.
                    scanned.Add(new ScannedFile(
                        index, meta.Sha256, meta.CountryKey, meta.Year, YearTemplateHeadings.HeadingTitles(edition), candidates,
                        keep ? edition : null, keep && candidates.Count > 0 ? source : null));
                }
                else
                {
                    var result = ImportResult.Failed(Name(run.Files[index]), attempt.Failure, attempt.Error!);
                    failures.Add(EditionImporter.LogRow(result, sha256: null, uploadedBy: null, time.GetUtcNow().UtcDateTime));
                    run.Settle(index, result);
                }
            });
        await LogAsync(failures, cancellationToken);
        return [.. scanned.OrderBy(s => s.Index)];
    }

    // Bytes stored already (by an earlier import, or earlier in this list) are not imported again.
    private async Task<List<ScannedFile>> SettleStoredAsync(Run run, List<ScannedFile> scanned, CancellationToken cancellationToken)
    {
        var firsts = new List<ScannedFile>();
        var firstBySha = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in scanned)
        {
            if (firstBySha.TryGetValue(file.Sha256, out var first))
            {
                run.Duplicates.Add((file.Index, first, file.Sha256));
            }
            else
            {
                firstBySha[file.Sha256] = file.Index;
                firsts.Add(file);
            }
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = new Dictionary<string, EditionRecord>(StringComparer.Ordinal);
        foreach (var chunk in firsts.Select(f => f.Sha256).Chunk(500))
        {
            foreach (var record in await db.Editions.AsNoTracking().Where(e => chunk.Contains(e.Sha256)).ToListAsync(cancellationToken))
            {
                stored[record.Sha256] = record;
            }
        }

        if (stored.Count == 0)
        {
            return firsts;
        }

        var countries = stored.Values.Select(r => r.CountryKey).Distinct().ToArray();
        var latest = (await db.Editions.AsNoTracking()
                .Where(e => countries.Contains(e.CountryKey))
                .GroupBy(e => new { e.CountryKey, e.Year })
                .Select(g => new { g.Key.CountryKey, g.Key.Year, Revision = g.Max(e => e.Revision) })
                .ToListAsync(cancellationToken))
            .ToDictionary(r => (r.CountryKey, r.Year), r => r.Revision);
        var logs = new List<ImportLogRecord>();
        foreach (var file in firsts.Where(f => stored.ContainsKey(f.Sha256)))
        {
            var record = stored[file.Sha256];
            var result = new ImportResult(
                ImportOutcome.Unchanged, Name(run.Files[file.Index]), EditionCatalog.ToSummary(record, latest[(record.CountryKey, record.Year)] == record.Revision));
            logs.Add(EditionImporter.LogRow(result, file.Sha256, uploadedBy: null, time.GetUtcNow().UtcDateTime));
            run.Settle(file.Index, result);
        }

        await LogAsync(logs, cancellationToken);
        return [.. firsts.Where(f => !stored.ContainsKey(f.Sha256))];
    }

    // Whole countries, about EditionsPerTransaction editions a group.
    private static IEnumerable<List<ScannedFile>> CountryGroups(List<ScannedFile> fresh)
    {
        var group = new List<ScannedFile>();
        foreach (var country in fresh.GroupBy(f => f.Country, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            group.AddRange(country);
            if (group.Count >= EditionsPerTransaction)
            {
                yield return group;
                group = [];
            }
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    // Parsed and given lineage, under the gates of its countries until it is written.
    private async Task<PreparedGroup> PrepareGroupAsync(Run run, List<ScannedFile> group, Dictionary<int, TemplateHeadings?> learned, CancellationToken cancellationToken)
    {
        var held = await countryGates.EnterAsync(group.Select(f => f.Country), cancellationToken);
        try
        {
            return await PrepareHeldAsync(run, group, learned, held, cancellationToken);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    private async Task<PreparedGroup> PrepareHeldAsync(Run run, List<ScannedFile> group, Dictionary<int, TemplateHeadings?> learned, IDisposable held, CancellationToken cancellationToken)
    {
        var clock = ImportPhase.Start();
        var pending = new ConcurrentBag<PendingEdition>();
        var failures = new ConcurrentBag<(int Index, ImportResult Result)>();
        await Parallel.ForEachAsync(
            group,
            new ParallelOptions { MaxDegreeOfParallelism = options.Import.ParallelParsers, CancellationToken = cancellationToken },
            async (file, token) =>
            {
                var name = Name(run.Files[file.Index]);
                var content = await ReadBytesAsync(run.Files[file.Index], token);
                var attempt = content switch
                {
                    { Attempt: { } failed } => failed,
                    _ when !Sha256Of(content.Bytes!).Equals(file.Sha256, StringComparison.Ordinal) =>
                        ParseAttempt.Failed(ImportFailure.Unreachable, "the file changed while it was being imported; import it again"),
                    _ when file.Tree is { } tree && !HeadingCandidates.ChangeTree(file.Candidates, learned[file.Year]) =>
                        new ParseAttempt(tree, file.Source, ImportFailure.None, null),
                    _ when (file.Source ?? importer.Parse(content.Bytes, name, format: null).Source) is { } source => importer.Build(source, name, learned[file.Year]),
                    _ => importer.Parse(content.Bytes, name, format: null),
                };
                if (attempt.Edition is { } edition)
                {
                    pending.Add(new PendingEdition(file.Index, edition, content.Bytes!, StoredEditionJson.Write(edition), EditionCounts.Of(edition.Root)));
                }
                else
                {
                    failures.Add((file.Index, ImportResult.Failed(name, attempt.Failure, attempt.Error!)));
                }
            });
        run.ParseTime += ImportPhase.Since(clock);

        clock = ImportPhase.Start();
        var byCountry = pending.GroupBy(p => p.Edition.Metadata.CountryKey, StringComparer.Ordinal).ToList();
        await Parallel.ForEachAsync(
            byCountry,
            new ParallelOptions { MaxDegreeOfParallelism = options.Import.ParallelParsers, CancellationToken = cancellationToken },
            async (country, token) => await ChainAsync([.. country], token));
        run.LineageTime += ImportPhase.Since(clock);
        return new PreparedGroup(held, [.. pending.OrderBy(p => p.Index)], [.. failures], [.. byCountry.Select(c => c.Key)]);
    }

    private async Task WriteGroupAsync(Run run, PreparedGroup group, CancellationToken cancellationToken)
    {
        using var held = group.Gates;
        var clock = ImportPhase.Start();
        var now = time.GetUtcNow().UtcDateTime;
        var stored = group.Editions;
        var failures = group.Failures;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Tracked entities are only ever added here: nothing to compare before saving.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var sections = new List<SectionRecord>();
        foreach (var edition in stored)
        {
            var record = EditionImporter.NewRecord(edition.Edition.Metadata, edition.Revision, edition.Counts, now);
            edition.Record = record;
            db.Editions.Add(record);
            db.EditionContents.Add(new EditionContentRecord { EditionId = record.Id, SourceBytes = edition.Content, TreeJson = edition.TreeJson });
            sections.AddRange(SectionRows.Build(record, edition.Edition.Root, edition.Lineage!));
            if (edition.Summarise)
            {
                db.ChangeSummaryRuns.Add(new ChangeSummaryRunRecord { EditionId = record.Id, CreatedAt = now });
            }

            db.ImportLog.Add(EditionImporter.LogRow(Stored(run, edition, stored), record.Sha256, uploadedBy: null, now));
        }

        db.ImportLog.AddRange(failures.Select(f => EditionImporter.LogRow(f.Result, sha256: null, uploadedBy: null, now)));
        try
        {
            await using var relaxed = await SqliteSync.RelaxAsync(db, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await SectionRowWriter.WriteAsync(db, sections, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (StoreErrors.IsUniqueConflict(ex))
        {
            held.Dispose();
            run.WriteTime += ImportPhase.Since(clock);
            logger.LogWarning(ex, "Another import stored editions of {Countries} meanwhile; storing them one at a time", string.Join(", ", group.Countries));
            foreach (var (index, result) in failures)
            {
                run.Settle(index, await importer.RecordFailureAsync(result.SourceName, result.Failure, result.Error!, cancellationToken));
            }

            foreach (var edition in stored)
            {
                run.Settle(edition.Index, await importer.StoreParsedAsync(edition.Edition, edition.Content, uploadedBy: null, cancellationToken));
            }

            return;
        }

        foreach (var (index, result) in failures)
        {
            run.Settle(index, result);
        }

        foreach (var edition in stored)
        {
            trees.Add(edition.Record!.Id, edition.Edition);
            run.Settle(edition.Index, Stored(run, edition, stored));
            if (edition.Revision > 1)
            {
                // A second text for a stored year is worth a warning: it changes what every comparison of that year shows.
                logger.LogWarning("{Country} {Year} was stored already; {Source} is its revision {Revision}", edition.Record.CountryKey, edition.Record.Year, edition.Record.SourceName, edition.Revision);
            }

            if (edition.Summarise)
            {
                subscriptions.EnqueueSummary(edition.Record.Id);
            }
        }

        // A corpus table of these years was computed from the editions stored before.
        var years = stored.Select(e => e.Record!.Year).Distinct().ToArray();
        await db.CorpusTables.Where(t => years.Contains(t.FromYear) || years.Contains(t.ToYear)).ExecuteDeleteAsync(CancellationToken.None);
        run.WriteTime += ImportPhase.Since(clock);
        logger.LogInformation("Stored {Editions} editions of {Countries}", stored.Count, string.Join(", ", group.Countries));
    }

    // One country's new editions, oldest first, each aligned with the edition before it and after it
    // as they stand when its turn comes: stored ones, and the new ones given lineage before it.
    private async Task ChainAsync(List<PendingEdition> editions, CancellationToken cancellationToken)
    {
        var country = editions[0].Edition.Metadata.CountryKey;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var known = (await db.Editions.AsNoTracking()
                .Where(e => e.CountryKey == country)
                .Select(e => new { e.Id, e.Year, e.Revision })
                .ToListAsync(cancellationToken))
            .Select(e => new KnownEdition(e.Id, e.Year, e.Revision, null))
            .ToList();
        foreach (var edition in editions.OrderBy(e => e.Edition.Metadata.Year).ThenBy(e => e.Index))
        {
            var year = edition.Edition.Metadata.Year;
            var revision = 1 + (known.Where(k => k.Year == year).Max(k => (int?)k.Revision) ?? 0);
            var previous = known
                .Where(k => k.Year < year || (k.Year == year && k.Revision < revision))
                .OrderByDescending(k => k.Year).ThenByDescending(k => k.Revision)
                .FirstOrDefault();
            var next = known
                .Where(k => k.Year > year)
                .OrderBy(k => k.Year).ThenByDescending(k => k.Revision)
                .FirstOrDefault();
            edition.Revision = revision;
            edition.HasPrevious = previous is not null;
            edition.Lineage = lineageAssigner.Assign(
                edition.Edition,
                await NeighbourAsync(db, previous, cancellationToken),
                await NeighbourAsync(db, next, cancellationToken));
            known.Add(new KnownEdition(Guid.Empty, year, revision, edition));
        }

        // The country's newest text with one before it is news for its subscribers; the older years
        // an import fills in are not (one by one in year order, each would have been the newest once).
        var newest = known.OrderByDescending(k => k.Year).ThenByDescending(k => k.Revision).First();
        if (newest.New is { HasPrevious: true } latest)
        {
            latest.Summarise = true;
        }
    }

    private Task<NeighbourEdition?> NeighbourAsync(KzDiffDbContext db, KnownEdition? edition, CancellationToken cancellationToken) => edition switch
    {
        null => Task.FromResult<NeighbourEdition?>(null),
        { New: { } pending } => Task.FromResult<NeighbourEdition?>(new NeighbourEdition(pending.Edition, pending.Lineage!)),
        _ => importer.LoadNeighbourAsync(db, edition.Id, cancellationToken),
    };

    private static ImportResult Stored(Run run, PendingEdition edition, List<PendingEdition> group)
    {
        var record = edition.Record!;
        var isLatest = !group.Any(o => o.Record is { } r && r.CountryKey == record.CountryKey && r.Year == record.Year && r.Revision > record.Revision);
        return new ImportResult(
            edition.Revision == 1 ? ImportOutcome.Imported : ImportOutcome.NewRevision,
            Name(run.Files[edition.Index]),
            EditionCatalog.ToSummary(record, isLatest));
    }

    // The same bytes twice in one import: stored once, the later file reports the first one's edition.
    private async Task SettleDuplicatesAsync(Run run, CancellationToken cancellationToken)
    {
        var logs = new List<ImportLogRecord>();
        foreach (var (index, first, sha256) in run.Duplicates)
        {
            var firstResult = run.Results[first]!;
            var result = firstResult.Edition is { } edition
                ? new ImportResult(ImportOutcome.Unchanged, Name(run.Files[index]), edition)
                : firstResult with { SourceName = Name(run.Files[index]) };
            logs.Add(EditionImporter.LogRow(result, result.Edition is null ? null : sha256, uploadedBy: null, time.GetUtcNow().UtcDateTime));
            run.Settle(index, result);
        }

        await LogAsync(logs, cancellationToken);
    }

    // The scan keeps no bytes (the write reads the file again), so it reads into a pooled buffer: a
    // page is a large object, and a fresh one per file made the GC sweep its large heap again and again.
    private async Task<(ParseAttempt Attempt, int Length)> ReadAsync(EditionFile file, CancellationToken cancellationToken)
    {
        byte[]? buffer = null;
        try
        {
            using var handle = File.OpenHandle(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(handle);
            if (TooLarge(length) is { } refused)
            {
                return (refused, 0);
            }

            buffer = ArrayPool<byte>.Shared.Rent((int)length);
            var read = await ReadAllAsync(handle, buffer, cancellationToken);
            return read < 0 ? (Changed, 0) : (importer.Parse(buffer.AsMemory(0, read), Name(file), format: null), read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (Unreadable(ex), 0);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private async Task<(ParseAttempt? Attempt, byte[]? Bytes)> ReadBytesAsync(EditionFile file, CancellationToken cancellationToken)
    {
        try
        {
            using var handle = File.OpenHandle(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(handle);
            if (TooLarge(length) is { } refused)
            {
                return (refused, null);
            }

            var bytes = new byte[length];
            return await ReadAllAsync(handle, bytes, cancellationToken) == bytes.Length ? (null, bytes) : (Changed, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (Unreadable(ex), null);
        }
    }

    // The size of the file opened (a link's target, not the link), checked before reading so that a
    // huge stray file is never loaded; the parser checks the same limit.
    private ParseAttempt? TooLarge(long length) =>
        length > options.Import.MaxEditionBytes
            ? ParseAttempt.Failed(ImportFailure.TooLarge, $"the file is {length:N0} bytes; the limit is {options.Import.MaxEditionBytes:N0} bytes")
            : null;

    // Fills the buffer from the start of the file: the number of bytes read, or -1 when the file is
    // longer than the buffer (it grew since its size was taken).
    private static async Task<int> ReadAllAsync(SafeFileHandle handle, byte[] buffer, CancellationToken cancellationToken)
    {
        var read = 0;
        int last;
        while (read < buffer.Length && (last = await RandomAccess.ReadAsync(handle, buffer.AsMemory(read), read, cancellationToken)) > 0)
        {
            read += last;
        }

        return read == buffer.Length && await RandomAccess.ReadAsync(handle, new byte[1], read, cancellationToken) > 0 ? -1 : read;
    }

    private static ParseAttempt Changed => ParseAttempt.Failed(ImportFailure.Unreachable, "the file changed while it was being read; import it again");

    private static ParseAttempt Unreadable(Exception ex) => ParseAttempt.Failed(ImportFailure.Unreachable, "cannot read the file: " + ex.Message);

    private static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task LogAsync(IEnumerable<ImportLogRecord> rows, CancellationToken cancellationToken)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ImportLog.AddRange(list);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Name(EditionFile file) =>
        file.Name.Length > EditionImporter.MaxSourceNameLength ? file.Name[..EditionImporter.MaxSourceNameLength] : file.Name;

    // What the first pass keeps of a file (not its bytes): the tree it built, final unless the year's learned
    // headings read one of its candidate paragraphs as a heading, and then the text read to build it again.
    private sealed record ScannedFile(
        int Index, string Sha256, string Country, int Year, IReadOnlyList<string> Headings, IReadOnlyList<string> Candidates, Edition? Tree, ParsedSource? Source);

    private sealed record PreparedGroup(IDisposable Gates, List<PendingEdition> Editions, List<(int Index, ImportResult Result)> Failures, List<string> Countries);

    private sealed record KnownEdition(Guid Id, int Year, int Revision, PendingEdition? New);

    private sealed class PendingEdition(int index, Edition edition, byte[] content, string treeJson, EditionCounts counts)
    {
        public int Index { get; } = index;

        public Edition Edition { get; } = edition;

        public byte[] Content { get; } = content;

        public string TreeJson { get; } = treeJson;

        public EditionCounts Counts { get; } = counts;

        public int Revision { get; set; }

        public bool HasPrevious { get; set; }

        public bool Summarise { get; set; }

        public IReadOnlyDictionary<string, string>? Lineage { get; set; }

        public EditionRecord? Record { get; set; }
    }

    private sealed class Run(IReadOnlyList<EditionFile> files, IProgress<ImportProgress>? progress)
    {
        private int settled;

        public IReadOnlyList<EditionFile> Files { get; } = files;

        public ImportResult?[] Results { get; } = new ImportResult?[files.Count];

        public List<(int Index, int First, string Sha256)> Duplicates { get; } = [];

        public ImportPhase ParseTime { get; set; }

        public ImportPhase LineageTime { get; set; }

        public ImportPhase WriteTime { get; set; }

        public void Settle(int index, ImportResult result)
        {
            Results[index] = result;
            progress?.Report(new ImportProgress(Interlocked.Increment(ref settled), Files.Count, result));
        }
    }
}
