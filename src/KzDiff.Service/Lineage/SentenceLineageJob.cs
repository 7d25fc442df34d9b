using Hangfire;
using KzDiff.Service.Configuration;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Lineage;

/// <summary>Computes and stores one edition's sentence lineage. Idempotent: a duplicate run stores the same result.</summary>
public sealed class SentenceLineageJob(SentenceLineageService lineage, ILogger<SentenceLineageJob> logger)
{
    [Queue(JobQueues.Imports)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [2, 10], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid editionId, CancellationToken cancellationToken)
    {
        await lineage.MarkRunningAsync(editionId, cancellationToken);
        try
        {
            var document = await lineage.ComputeAsync(editionId, cancellationToken);
            logger.LogInformation("Sentence lineage of {Country} {Year}: {Sentences} sentences", document.Country, document.Year, document.Items.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await lineage.MarkFailedAsync(editionId, ex.Message, CancellationToken.None);
            throw;
        }
    }
}
