using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;

namespace KzDiff.Web.Ui.ServiceBacked;

/// <summary>Imports an uploaded edition through the same importer as the API and the editions folder.</summary>
public sealed class ServiceEditionUpload(IEditionImporter importer, KzDiffOptions options) : IEditionUpload
{
    public async Task<UploadOutcome> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limit = options.Import.MaxEditionBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return new UploadOutcome(false, $"{fileName} is larger than {limit / 1024 / 1024} MB; nothing was stored.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return new UploadOutcome(false, $"{fileName} is empty; nothing was stored.");
        }

        var result = await importer.ImportAsync(buffer.ToArray(), fileName, null, cancellationToken);
        var edition = result.Edition;
        return result.Outcome switch
        {
            ImportOutcome.Imported => new UploadOutcome(true, $"Imported {edition!.CountryName} {edition.Year} from {fileName}."),
            ImportOutcome.NewRevision => new UploadOutcome(true, $"Stored {fileName} as revision {edition!.Revision} of {edition.CountryName} {edition.Year}."),
            ImportOutcome.Unchanged => new UploadOutcome(true, $"{fileName} is already stored as {edition!.CountryName} {edition.Year}; nothing changed."),
            _ => new UploadOutcome(false, $"{fileName} was not imported: {result.Error}"),
        };
    }
}
