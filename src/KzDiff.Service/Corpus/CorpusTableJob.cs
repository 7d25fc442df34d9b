using Hangfire;
using KzDiff.Service.Configuration;
using Microsoft.Extensions.Logging;

namespace KzDiff.Service.Corpus;

/// <summary>Computes and stores one corpus table. Idempotent: a run finding it claimed or done returns.</summary>
public sealed class CorpusTableJob(CorpusTableService tables, ILogger<CorpusTableJob> logger)
{
    [Queue(JobQueues.Comparisons)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [2, 10], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid tableId, CancellationToken cancellationToken)
    {
        try
        {
            var document = await tables.ComputeAsync(tableId, cancellationToken);
            if (document is not null)
            {
                logger.LogInformation("Corpus table {From}->{To}: {Countries} countries, {Items} titles", document.From, document.To, document.Countries, document.Items.Length);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await tables.MarkFailedAsync(tableId, $"{ex.GetType().Name}: {ex.Message}", CancellationToken.None);
            throw;
        }
    }
}
