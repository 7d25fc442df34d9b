namespace KzDiff.Service.Batches;

/// <summary>Compares two years for every country that has both.</summary>
public interface IBatchService
{
    /// <summary>Null with an error message when the years are invalid or no country has both.</summary>
    Task<(BatchView? Batch, string? Error)> CreateAsync(int fromYear, int toYear, CancellationToken cancellationToken = default);

    Task<BatchView?> GetAsync(Guid id, CancellationToken cancellationToken = default);
}
