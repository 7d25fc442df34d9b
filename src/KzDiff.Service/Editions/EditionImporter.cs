using System.Collections.Concurrent;
using System.Security.Cryptography;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Service.Configuration;
using KzDiff.Service.Lineage;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Editions;

/// <inheritdoc cref="IEditionImporter" />
public sealed class EditionImporter(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    IEditionReader reader,
    LineageAssigner lineageAssigner,
    EditionTreeCache trees,
    KzDiffOptions options,
    TimeProvider time,
    ILogger<EditionImporter> logger) : IEditionImporter, IDisposable
{
    private const int MaxSourceNameLength = 2000;

    // Revision numbers and lineage depend on what is already stored for the same country: one writer
    // per country at a time in this process (countries never affect each other, so they store in
    // parallel). Processes sharing a PostgreSQL database meet on the unique indexes instead, and retry.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> countryGates = new(StringComparer.Ordinal);

    public async Task<ImportResult> ImportAsync(
        ReadOnlyMemory<byte> content,
        string sourceName,
        EditionFormat? format = null,
        CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(content, sourceName, format, cancellationToken);
        return await StoreAsync(prepared, cancellationToken);
    }

    internal async Task<PreparedImport> PrepareAsync(
        ReadOnlyMemory<byte> content,
        string sourceName,
        EditionFormat? format,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (sourceName.Length > MaxSourceNameLength)
        {
            sourceName = sourceName[..MaxSourceNameLength];
        }

        if (content.IsEmpty)
        {
            return Done(ImportResult.Failed(sourceName, ImportFailure.Empty, "the edition is empty (0 bytes)"));
        }

        if (content.Length > options.Import.MaxEditionBytes)
        {
            return Done(ImportResult.Failed(
                sourceName,
                ImportFailure.TooLarge,
                $"the edition is {content.Length:N0} bytes; the limit is {options.Import.MaxEditionBytes:N0} bytes"));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var existing = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Sha256 == sha256, cancellationToken);
            if (existing is not null)
            {
                return Done(new ImportResult(ImportOutcome.Unchanged, sourceName, await SummaryAsync(db, existing, cancellationToken)));
            }
        }

        Edition parsed;
        try
        {
            parsed = reader.Read(content.Span, sourceName, format);
        }
        catch (EditionParseException ex)
        {
            return Done(ImportResult.Failed(sourceName, ImportFailure.Unreadable, ex.Message));
        }
#pragma warning disable CA1031 // A parser bug on one hostile file must not take the service or a folder import down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Parser failed on {Source}", sourceName);
            return Done(ImportResult.Failed(sourceName, ImportFailure.Unreadable, "the edition could not be parsed: " + ex.Message));
        }

        if (string.IsNullOrWhiteSpace(parsed.Metadata.CountryKey) || parsed.Metadata.Year <= 0)
        {
            return Done(ImportResult.Failed(sourceName, ImportFailure.Unreadable, "the edition names no country or year"));
        }

        // The stored metadata must describe the stored bytes, whatever the parser filled in.
        parsed = parsed with { Metadata = parsed.Metadata with { Sha256 = sha256, SourceName = sourceName } };
        return new PreparedImport(sourceName, content, sha256, parsed, null);

        PreparedImport Done(ImportResult result) => new(sourceName, content, string.Empty, null, result);
    }

    internal async Task<ImportResult> StoreAsync(PreparedImport prepared, CancellationToken cancellationToken)
    {
        if (prepared.Finished is not null)
        {
            await LogAsync(prepared.Finished, prepared.Sha256, cancellationToken);
            return prepared.Finished;
        }

        var gate = countryGates.GetOrAdd(prepared.Parsed!.Metadata.CountryKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var result = await StoreOnceAsync(prepared, cancellationToken);
                    await LogAsync(result, prepared.Sha256, cancellationToken);
                    return result;
                }
                catch (DbUpdateException ex) when (attempt < 3)
                {
                    logger.LogWarning(ex, "Concurrent import of {Source}; retrying", prepared.SourceName);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ImportResult> StoreOnceAsync(PreparedImport prepared, CancellationToken cancellationToken)
    {
        var edition = prepared.Parsed!;
        var meta = edition.Metadata;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var existing = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Sha256 == prepared.Sha256, cancellationToken);
        if (existing is not null)
        {
            return new ImportResult(ImportOutcome.Unchanged, prepared.SourceName, await SummaryAsync(db, existing, cancellationToken));
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

        var counts = EditionCounts.Of(edition.Root);
        var record = new EditionRecord
        {
            Id = Guid.NewGuid(),
            CountryKey = meta.CountryKey,
            CountryName = meta.CountryName,
            Year = meta.Year,
            Revision = revision,
            Sha256 = prepared.Sha256,
            SourceName = prepared.SourceName,
            Format = meta.Format.ToString(),
            SectionCount = counts.Sections,
            ParagraphCount = counts.Paragraphs,
            SentenceCount = counts.Sentences,
            WordCount = counts.Words,
            ImportedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Editions.Add(record);
        db.EditionContents.Add(new EditionContentRecord
        {
            EditionId = record.Id,
            SourceBytes = prepared.Content.ToArray(),
            TreeJson = StoredEditionJson.Write(edition),
        });
        db.Sections.AddRange(SectionRows.Build(record, edition.Root, lineage));
        await db.SaveChangesAsync(cancellationToken);
        trees.Add(record.Id, edition);

        logger.LogInformation(
            "Stored {Country} {Year} revision {Revision} ({Sections} sections, {Words} words) from {Source}",
            record.CountryKey, record.Year, record.Revision, record.SectionCount, record.WordCount, record.SourceName);
        var outcome = revision == 1 ? ImportOutcome.Imported : ImportOutcome.NewRevision;
        return new ImportResult(outcome, prepared.SourceName, EditionCatalog.ToSummary(record, isLatest: true));
    }

    private async Task<NeighbourEdition?> LoadNeighbourAsync(KzDiffDbContext db, Guid? editionId, CancellationToken cancellationToken)
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

    private async Task LogAsync(ImportResult result, string sha256, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ImportLog.Add(new ImportLogRecord
        {
            SourceName = result.SourceName,
            Sha256 = sha256.Length == 0 ? result.Edition?.Sha256 : sha256,
            Outcome = result.Outcome.ToString(),
            Error = result.Error,
            EditionId = result.Edition?.Id,
            CountryKey = result.Edition?.Country,
            Year = result.Edition?.Year,
            At = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public void Dispose()
    {
        foreach (var gate in countryGates.Values)
        {
            gate.Dispose();
        }
    }
}
