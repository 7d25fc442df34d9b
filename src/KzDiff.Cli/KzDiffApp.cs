using System.CommandLine;
using KzDiff.Cli.Commands;

namespace KzDiff.Cli;

/// <summary>The <c>kzdiff</c> command line, runnable in-process with any output writers (tests use string writers).</summary>
internal static class KzDiffApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand(
            "kzdiff: what changed between two editions of a Country Report on Human Rights Practices.");
        foreach (var command in CommandCatalog.Create())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        CreateRoot().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
}
