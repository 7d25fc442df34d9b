namespace KzDiff.Web.Ui;

/// <summary>What the editions page reads: every stored edition.</summary>
public interface IEditionCatalogView
{
    Task<IReadOnlyList<StoredEditionRow>> ListEditionsAsync(CancellationToken cancellationToken);
}
