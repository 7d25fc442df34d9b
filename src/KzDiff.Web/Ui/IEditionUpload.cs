namespace KzDiff.Web.Ui;

/// <summary>Imports an edition uploaded through the editions page.</summary>
public interface IEditionUpload
{
    Task<UploadOutcome> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken);
}
