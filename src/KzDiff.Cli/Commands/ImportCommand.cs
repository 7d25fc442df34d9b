using System.CommandLine;
using KzDiff.Cli.Store;
using KzDiff.Cli.Terminal;
using KzDiff.Service.Editions;
using Spectre.Console;

namespace KzDiff.Cli.Commands;

/// <summary><c>kzdiff import &lt;file|folder|url&gt;...</c>: store editions in the same store as the web service.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = "Edition files, folders of editions (.html, .htm, .txt, .pdf, searched recursively) or http(s) URLs",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("import", "Import editions into the store (idempotent; a changed text becomes a new revision)") { sources };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetValue(sources)!, Console.Out, Console.Error, !Console.IsErrorRedirected, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> sources, TextWriter stdout, TextWriter stderr, bool interactive, CancellationToken cancellationToken)
    {
        try
        {
            await using var store = await CliStore.OpenAsync(cancellationToken);
            var results = new List<ImportResult>();
            var files = new List<string>();
            foreach (var source in sources)
            {
                if (Uri.TryCreate(source, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                {
                    results.Add(await ImportUrlAsync(store, url, cancellationToken));
                }
                else if (Directory.Exists(source))
                {
                    files.AddRange(FolderImporter.FindEditionFiles(source));
                }
                else if (File.Exists(source))
                {
                    files.Add(source);
                }
                else
                {
                    results.Add(ImportResult.Failed(source, ImportFailure.Unreachable, "no such file, folder or URL"));
                }
            }

            if (files.Count > 0)
            {
                var importer = store.Get<FolderImporter>();
                var summary = interactive
                    ? await ImportWithProgressAsync(importer, files, stderr, cancellationToken)
                    : await importer.ImportFilesAsync(files, progress: null, cancellationToken);
                results.AddRange(summary.Results);
            }

            return Report(new ImportSummary(results), stdout);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            await stderr.WriteLineAsync("kzdiff import: cannot open the edition store: " + e.Message);
            return 2;
        }
    }

    // A progress bar on the terminal (standard error, so standard output stays the summary alone).
    private static async Task<ImportSummary> ImportWithProgressAsync(FolderImporter importer, List<string> files, TextWriter stderr, CancellationToken cancellationToken)
    {
        ImportSummary? summary = null;
        await new Progress(TerminalConsole.Create(stderr))
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async context =>
            {
                var task = context.AddTask($"0/{files.Count}", maxValue: files.Count);

                // Progress<T> reports on the thread pool, possibly out of order and after the
                // import returned: each report counts one file, and the last frame comes from the
                // summary, never from a late report.
                var gate = new Lock();
                var finished = false;
                var reports = new Progress<ImportProgress>(p =>
                {
                    lock (gate)
                    {
                        if (!finished)
                        {
                            task.Increment(1);
                            task.Description = Markup.Escape($"{p.Done}/{p.Total} {Describe(p.Last)}");
                        }
                    }
                });
                summary = await importer.ImportFilesAsync(files, reports, cancellationToken);
                lock (gate)
                {
                    finished = true;
                    task.Value = files.Count;
                    task.Description = $"{files.Count}/{files.Count} done";
                }
            });
        return summary!;
    }

    private static async Task<ImportResult> ImportUrlAsync(CliStore store, Uri url, CancellationToken cancellationToken)
    {
        var (content, error) = await store.Get<UrlFetcher>().FetchAsync(url, cancellationToken);
        return content is null
            ? ImportResult.Failed(url.ToString(), ImportFailure.Unreachable, error!)
            : await store.Get<EditionImporter>().ImportAsync(content, url.ToString(), cancellationToken: cancellationToken);
    }

    private static string Describe(ImportResult result) => result.Edition is { } e
        ? $"{e.Country} {e.Year}"
        : Path.GetFileName(result.SourceName);

    private static int Report(ImportSummary summary, TextWriter stdout)
    {
        stdout.WriteLine(
            $"{summary.Imported} imported, {summary.NewRevisions} new revisions, {summary.Unchanged} unchanged, {summary.Failed} failed");
        foreach (var result in summary.Results.Where(r => r.Outcome == ImportOutcome.NewRevision))
        {
            stdout.WriteLine($"  new revision: {result.SourceName} -> {result.Edition!.Country} {result.Edition.Year} revision {result.Edition.Revision}");
        }

        foreach (var result in summary.Results.Where(r => r.Outcome == ImportOutcome.Failed))
        {
            stdout.WriteLine($"  failed: {result.SourceName}: {result.Error}");
        }

        return summary.Failed == 0 ? 0 : 1;
    }
}
