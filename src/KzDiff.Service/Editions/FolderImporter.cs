using KzDiff.Service.Configuration;

namespace KzDiff.Service.Editions;

/// <summary>
/// Imports many files on every core. Files start in path order (year folders sort oldest first),
/// so an edition is usually aligned with the year before it, already stored; results are reported
/// in that order.
/// </summary>
public sealed class FolderImporter(EditionImporter importer, KzDiffOptions options)
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

    private async Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> files,
        Func<string, string> sourceName,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var window = options.Import.ParallelParsers * 2;
        var inFlight = new Queue<Task<ImportResult>>();
        var results = new List<ImportResult>(files.Count);
        var next = 0;
        while (results.Count < files.Count)
        {
            while (next < files.Count && inFlight.Count < window)
            {
                var file = files[next++];
                var name = sourceName(file);
                inFlight.Enqueue(Task.Run(() => ImportFileAsync(file, name, cancellationToken), cancellationToken));
            }

            var result = await inFlight.Dequeue();
            results.Add(result);
            progress?.Report(new ImportProgress(results.Count, files.Count, result));
        }

        return new ImportSummary(results);
    }

    private async Task<ImportResult> ImportFileAsync(string file, string name, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            // Checked before reading so that a huge stray file is never loaded; the importer checks the same limit.
            var length = new FileInfo(file).Length;
            if (length > options.Import.MaxEditionBytes)
            {
                return await importer.RecordFailureAsync(
                    name, ImportFailure.TooLarge, $"the file is {length:N0} bytes; the limit is {options.Import.MaxEditionBytes:N0} bytes", cancellationToken);
            }

            bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await importer.RecordFailureAsync(name, ImportFailure.Unreachable, "cannot read the file: " + ex.Message, cancellationToken);
        }

        return await importer.ImportAsync(bytes, name, format: null, cancellationToken: cancellationToken);
    }
}
