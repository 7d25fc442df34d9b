using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;
using KzDiff.Service.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Hosting;

/// <summary>
/// Runs before the web server and the Hangfire server start: creates the schema, imports new and
/// changed files of the editions folder (not in a worker) and re-enqueues unfinished comparisons and sentence lineages.
/// </summary>
public sealed class ServiceStartup(
    StoreInitializer initializer,
    FolderImporter folderImporter,
    ResolvedPaths paths,
    KzDiffOptions options,
    IServiceProvider services,
    ILogger<ServiceStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await initializer.InitializeAsync(cancellationToken);
        logger.LogInformation("KzDiff store: {Mode} ({Jobs})", options.Storage.Mode, paths.JobsFolder);

        // A worker runs jobs only: the editions folder is the web process's (it may not exist on a worker's machine).
        if (options.ImportEditionsAtStartup && options.Role != ProcessRole.Worker && Directory.Exists(paths.EditionsFolder))
        {
            var summary = await folderImporter.ImportFolderAsync(paths.EditionsFolder, progress: null, cancellationToken);
            logger.LogInformation(
                "Editions folder {Folder}: {Imported} imported, {Revisions} new revisions, {Unchanged} unchanged, {Failed} failed",
                paths.EditionsFolder, summary.Imported, summary.NewRevisions, summary.Unchanged, summary.Failed);
            foreach (var failed in summary.Results.Where(r => r.Outcome == ImportOutcome.Failed))
            {
                logger.LogWarning("Not imported: {Source}: {Error}", failed.SourceName, failed.Error);
            }
        }

        var recovery = services.GetService<ComparisonRecovery>();
        if (recovery is not null)
        {
            await recovery.RecoverAsync(cancellationToken);
        }

        var lineages = services.GetService<LineageRecovery>();
        if (lineages is not null)
        {
            await lineages.RecoverAsync(cancellationToken);
        }

        if (services.GetService<Subscriptions.SubscriptionRecovery>() is { } subscriptions)
        {
            await subscriptions.RecoverAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
