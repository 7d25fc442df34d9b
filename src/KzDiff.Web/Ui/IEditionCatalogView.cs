namespace KzDiff.Web.Ui;

/// <summary>What the editions page reads: every stored edition.</summary>
public interface IEditionCatalogView
{
    Task<IReadOnlyList<StoredEditionRow>> ListEditionsAsync(CancellationToken cancellationToken);

    /// <summary>The latest import attempts, newest first, failed ones with their reasons.</summary>
    Task<IReadOnlyList<ImportAttempt>> ListRecentImportsAsync(int count, CancellationToken cancellationToken);
}
