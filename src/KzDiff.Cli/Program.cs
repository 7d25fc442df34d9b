using System.CommandLine;
using KzDiff.Cli.Commands;

var root = new RootCommand(
    "kzdiff: what changed between two editions of a Country Report on Human Rights Practices.");
foreach (var command in CommandCatalog.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
