namespace KzDiff.Web.Ui;

/// <summary>What the compare page reads: a stored comparison, requesting it first when it is not stored yet.</summary>
public interface IComparisonView
{
    Task<ComparisonLookup> GetOrRequestAsync(string countryKey, int fromYear, int toYear, CancellationToken cancellationToken);

    /// <summary>Queues a failed comparison again.</summary>
    Task RetryAsync(string countryKey, int fromYear, int toYear, CancellationToken cancellationToken);
}
