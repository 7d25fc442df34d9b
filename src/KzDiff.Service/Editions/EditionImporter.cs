using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Service.Configuration;
using KzDiff.Service.Lineage;
using KzDiff.Service.Storage;
using KzDiff.Service.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Editions;

/// <summary>Stores editions for the upload page, the API, the CLI and folder imports alike.</summary>
public sealed class EditionImporter(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    LineageAssigner lineageAssigner,
    EditionTreeCache trees,
    YearTemplateHeadings headings,
    CountryGates countryGates,
    ISubscriptionScheduler subscriptions,
    EditionStoreGeneration generation,
    KzDiffOptions options,
    TimeProvider time,
    ILogger<EditionImporter> logger)
{
    internal const int MaxSourceNameLength = 2000;

    /// <summary>
    /// Parses, stores and aligns one edition: idempotent by content hash, a new text for a stored
    /// year becomes a new revision. Never throws for bad input: the result says what was wrong.
    /// </summary>
    /// <param name="content">The edition's bytes.</param>
    /// <param name="sourceName">File name or URL; it must not name another country or year than the report's title.</param>
    /// <param name="format">Forces a format instead of detecting it.</param>
    /// <param name="uploadedBy">The user who uploaded it, for the import log; null for folder imports and the CLI.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    public async Task<ImportResult> ImportAsync(
        ReadOnlyMemory<byte> content,
        string sourceName,
        EditionFormat? format = null,
        string? uploadedBy = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (sourceName.Length > MaxSourceNameLength)
        {
            sourceName = sourceName[..MaxSourceNameLength];
        }

        var attempt = Parse(content, sourceName, format);
        // Built again with the headings of the year's template once enough reports of the year are stored.
        if (attempt is { Edition: { } first, Source: { } source } && await headings.ForYearAsync(first.Metadata.Year, cancellationToken) is { } learned)
        {
            attempt = Build(source, sourceName, learned);
        }

        if (attempt.Edition is not { } parsed)
        {
            return await RecordFailureAsync(sourceName, attempt.Failure, attempt.Error!, cancellationToken);
        }

        return await StoreParsedAsync(parsed, content, uploadedBy, cancellationToken);
    }

    /// <summary>
    /// Stores an edition parsed already, under its country's gate; a concurrent import of the same
    /// bytes or the same revision by another process (a unique index refuses the second) is retried,
    /// and then finds the edition stored.
    /// </summary>
    internal async Task<ImportResult> StoreParsedAsync(Edition parsed, ReadOnlyMemory<byte> content, string? uploadedBy, CancellationToken cancellationToken)
    {
        using var gate = await countryGates.EnterAsync([parsed.Metadata.CountryKey], cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await StoreOnceAsync(parsed, content, cancellationToken);
                await LogAsync(result, parsed.Metadata.Sha256, uploadedBy, cancellationToken);
                return result;
            }
            catch (DbUpdateException ex) when (attempt < 3 && StoreErrors.IsUniqueConflict(ex))
            {
                logger.LogWarning(ex, "Concurrent import of {Source}; retrying", parsed.Metadata.SourceName);
            }
        }
    }

    /// <summary>
    /// Reads an edition and builds its tree with the built-in template headings, never throwing for
    /// bad input: a failure says what was wrong. The parsed metadata names the source as given
    /// (trimmed); the parser's hash describes the bytes.
    /// </summary>
    internal ParseAttempt Parse(ReadOnlyMemory<byte> content, string sourceName, EditionFormat? format)
    {
        if (content.IsEmpty)
        {
            return ParseAttempt.Failed(ImportFailure.Empty, "the edition is empty (0 bytes)");
        }

        if (content.Length > options.Import.MaxEditionBytes)
        {
            return ParseAttempt.Failed(
                ImportFailure.TooLarge, $"the edition is {content.Length:N0} bytes; the limit is {options.Import.MaxEditionBytes:N0} bytes");
        }

        var source = Guarded(sourceName, () => EditionReader.ReadSource(content, sourceName, format, options.Import.ParserLimits), out var failure);
        return source is null ? failure! : Build(source, sourceName, templateHeadings: null);
    }

    /// <summary>The tree of an edition read already, with a year's template headings (the built-in ones when null).</summary>
    internal ParseAttempt Build(ParsedSource source, string sourceName, TemplateHeadings? templateHeadings)
    {
        var limits = options.Import.ParserLimits;
        var parsed = Guarded(sourceName, () => EditionParser.Build(source, templateHeadings is null ? limits : limits with { TemplateHeadings = templateHeadings }), out var failure);
        if (parsed is null)
        {
            return failure!;
        }

        if (string.IsNullOrWhiteSpace(parsed.Metadata.CountryKey) || parsed.Metadata.Year <= 0)
        {
            return ParseAttempt.Failed(ImportFailure.Unreadable, "the edition names no country or year");
        }

        return new ParseAttempt(parsed with { Metadata = parsed.Metadata with { SourceName = sourceName } }, source, ImportFailure.None, null);
    }

    private T? Guarded<T>(string sourceName, Func<T> parse, out ParseAttempt? failure)
        where T : class
    {
        failure = null;
        try
        {
            return parse();
        }
        catch (EditionParseException ex)
        {
            failure = ParseAttempt.Failed(ImportFailure.Unreadable, ex.Message);
        }
#pragma warning disable CA1031 // A parser bug on one hostile file must not take the service or a folder import down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Parser failed on {Source}", sourceName);
            failure = ParseAttempt.Failed(ImportFailure.Unreadable, "the edition could not be parsed: " + ex.Message);
        }

        return null;
    }

    /// <summary>Logs an import that failed before its content could be parsed (unreadable file, URL that did not answer).</summary>
    public async Task<ImportResult> RecordFailureAsync(string sourceName, ImportFailure failure, string error, CancellationToken cancellationToken = default)
    {
        var result = ImportResult.Failed(sourceName, failure, error);
        await LogAsync(result, sha256: null, uploadedBy: null, cancellationToken);
        return result;
    }

    private async Task<ImportResult> StoreOnceAsync(Edition edition, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var meta = edition.Metadata;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var existing = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Sha256 == meta.Sha256, cancellationToken);
        if (existing is not null)
        {
            return new ImportResult(ImportOutcome.Unchanged, meta.SourceName, await SummaryAsync(db, existing, cancellationToken));
        }

        var country = db.Editions.AsNoTracking().Where(e => e.CountryKey == meta.CountryKey);
        var revision = 1 + (await country.Where(e => e.Year == meta.Year).MaxAsync(e => (int?)e.Revision, cancellationToken) ?? 0);
        var previousId = await country
            .Where(e => e.Year < meta.Year || (e.Year == meta.Year && e.Revision < revision))
            .OrderByDescending(e => e.Year).ThenByDescending(e => e.Revision)
            .Select(e => (Guid?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var nextId = await country
            .Where(e => e.Year > meta.Year)
            .OrderBy(e => e.Year).ThenByDescending(e => e.Revision)
            .Select(e => (Guid?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);

        var lineage = lineageAssigner.Assign(
            edition,
            await LoadNeighbourAsync(db, previousId, cancellationToken),
            await LoadNeighbourAsync(db, nextId, cancellationToken));

        var record = NewRecord(meta, revision, EditionCounts.Of(edition.Root), time.GetUtcNow().UtcDateTime);
        db.Editions.Add(record);
        db.EditionContents.Add(new EditionContentRecord
        {
            EditionId = record.Id,
            SourceBytes = content.ToArray(),
            TreeJson = StoredEditionJson.Write(edition),
        });
        db.Sections.AddRange(SectionRows.Build(record, edition.Root, lineage));
        // The country's newest text with one before it is news for its subscribers; an older year
        // filled in later is not. Stored with the edition, so that a crash cannot lose it.
        var summarise = previousId is not null && nextId is null;
        if (summarise)
        {
            db.ChangeSummaryRuns.Add(new ChangeSummaryRunRecord { EditionId = record.Id, CreatedAt = record.ImportedAt });
        }

        await db.SaveChangesAsync(cancellationToken);
        trees.Add(record.Id, edition);
        generation.Advance();
        if (summarise)
        {
            subscriptions.EnqueueSummary(record.Id);
        }

        // A corpus table of this year was computed from the editions stored before this one.
        await db.CorpusTables.Where(t => t.FromYear == record.Year || t.ToYear == record.Year).ExecuteDeleteAsync(CancellationToken.None);

        logger.LogInformation(
            "Stored {Country} {Year} revision {Revision} ({Sections} sections, {Words} words) from {Source}",
            record.CountryKey, record.Year, record.Revision, record.SectionCount, record.WordCount, record.SourceName);
        if (revision > 1)
        {
            // A second text for a stored year is worth a warning: it changes what every comparison of that year shows.
            logger.LogWarning("{Country} {Year} was stored already; {Source} is its revision {Revision}", record.CountryKey, record.Year, record.SourceName, revision);
        }
        var outcome = revision == 1 ? ImportOutcome.Imported : ImportOutcome.NewRevision;
        return new ImportResult(outcome, meta.SourceName, EditionCatalog.ToSummary(record, isLatest: true));
    }

    internal async Task<NeighbourEdition?> LoadNeighbourAsync(KzDiffDbContext db, Guid? editionId, CancellationToken cancellationToken)
    {
        if (editionId is not { } id)
        {
            return null;
        }

        var tree = await trees.GetAsync(id, cancellationToken);
        if (tree is null)
        {
            return null;
        }

        var rows = await db.Sections.AsNoTracking()
            .Where(s => s.EditionId == id)
            .Select(s => new { s.Path, s.LineageId })
            .ToListAsync(cancellationToken);
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            byPath.TryAdd(row.Path, row.LineageId);
        }

        return new NeighbourEdition(tree, byPath);
    }

    private static async Task<EditionSummary> SummaryAsync(KzDiffDbContext db, EditionRecord record, CancellationToken cancellationToken)
    {
        var newer = await db.Editions.AnyAsync(
            e => e.CountryKey == record.CountryKey && e.Year == record.Year && e.Revision > record.Revision,
            cancellationToken);
        return EditionCatalog.ToSummary(record, !newer);
    }

    private async Task LogAsync(ImportResult result, string? sha256, string? uploadedBy, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ImportLog.Add(LogRow(result, sha256, uploadedBy, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The import log's row for one result.</summary>
    internal static ImportLogRecord LogRow(ImportResult result, string? sha256, string? uploadedBy, DateTime at) => new()
    {
        SourceName = result.SourceName,
        Sha256 = sha256,
        Outcome = result.Outcome.ToString(),
        Error = result.Error,
        EditionId = result.Edition?.Id,
        CountryKey = result.Edition?.Country,
        Year = result.Edition?.Year,
        At = at,
        UploadedBy = uploadedBy,
    };

    /// <summary>The row of a new edition.</summary>
    internal static EditionRecord NewRecord(EditionMetadata meta, int revision, EditionCounts counts, DateTime importedAt) => new()
    {
        Id = Guid.NewGuid(),
        CountryKey = meta.CountryKey,
        CountryName = meta.CountryName,
        Year = meta.Year,
        Revision = revision,
        Sha256 = meta.Sha256,
        SourceName = meta.SourceName,
        Format = meta.Format.ToString(),
        SectionCount = counts.Sections,
        ParagraphCount = counts.Paragraphs,
        SentenceCount = counts.Sentences,
        WordCount = counts.Words,
        ImportedAt = importedAt,
    };
}
