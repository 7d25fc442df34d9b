namespace KzDiff.Service.Editions;

/// <summary>
/// Imports folders and lists of files as one batch (<see cref="EditionBatchImporter"/>): parsed on
/// every core, lineage along each country's years in order, stored a group of editions per
/// transaction; results are reported in the order of the files.
/// </summary>
public sealed class FolderImporter(EditionBatchImporter batch)
{
    private static readonly string[] EditionExtensions = [".html", ".htm", ".txt", ".pdf"];

    /// <summary>Edition files under a folder (HTML and text), in a stable order.</summary>
    public static IReadOnlyList<string> FindEditionFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => EditionExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Imports every edition file under a folder, named by their path inside it ("2019/kazakhstan.html").</summary>
    public Task<ImportSummary> ImportFolderAsync(string folder, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(FindEditionFiles(folder), file => Path.GetRelativePath(folder, file), progress, cancellationToken);

    /// <summary>Imports files in the order given, each stored under its path as given.</summary>
    public Task<ImportSummary> ImportFilesAsync(IReadOnlyList<string> files, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(files, file => file, progress, cancellationToken);

    private Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> files,
        Func<string, string> sourceName,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        return batch.ImportAsync([.. files.Select(f => new EditionFile(f, sourceName(f)))], progress, cancellationToken);
    }
}
