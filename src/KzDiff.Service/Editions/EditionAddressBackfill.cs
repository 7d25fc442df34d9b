using System.Text;
using KzDiff.Core.Parsing;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Editions;

/// <summary>
/// Gives editions imported before addresses were read the address their page names (its canonical
/// link) or the state.gov address they were fetched from, once, in the background after start-up,
/// so that comparisons computed from them cite their page. Only editions whose stored metadata has
/// no address are read, so a second run finds nothing to do.
/// </summary>
public sealed class EditionAddressBackfill(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    EditionTreeCache trees,
    ILogger<EditionAddressBackfill> logger) : BackgroundService
{
    /// <summary>How the stored metadata names its address (web-cased JSON, nulls left out).</summary>
    private const string AddressKey = "\"address\":";

    /// <summary>Gives each edition without an address the one its source names; returns how many got one.</summary>
    public async Task<int> BackfillAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var missing = await db.EditionContents.AsNoTracking()
            .Where(c => !c.TreeJson.Contains(AddressKey))
            .Select(c => c.EditionId)
            .ToListAsync(cancellationToken);
        var filled = 0;
        foreach (var id in missing)
        {
            var content = await db.EditionContents.SingleAsync(c => c.EditionId == id, cancellationToken);
            var edition = StoredEditionJson.Read(content.TreeJson);
            var format = edition.Metadata.Format;
            var address = (format == Core.Editions.EditionFormat.StateGovHtml ? ReportAddress.OfPage(Encoding.UTF8.GetString(content.SourceBytes)) : null)
                ?? ReportAddress.Accept(edition.Metadata.SourceName);
            if (address is not null)
            {
                var named = edition with { Metadata = edition.Metadata with { Address = address } };
                content.TreeJson = StoredEditionJson.Write(named);
                await db.SaveChangesAsync(cancellationToken);
                trees.Add(id, named);
                filled++;
            }

            db.ChangeTracker.Clear();
        }

        return filled;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var filled = await BackfillAsync(stoppingToken);
            if (filled > 0)
            {
                logger.LogInformation("Read the state.gov address of {Count} editions imported before addresses were kept", filled);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the next start goes on where this one stopped.
        }
#pragma warning disable CA1031 // A failed backfill only leaves older editions citing the address built by state.gov's pattern; it must not stop the service.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Reading the addresses of older editions failed; they cite the address built by state.gov's pattern");
        }
    }
}
