using System.CommandLine;
using KzDiff.Cli.Store;

namespace KzDiff.Cli.Commands;

/// <summary>Every subcommand of <c>kzdiff</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return TreeCommand.Create(EditionSources.LoadFile);
        yield return CompareCommand.Create(EditionSources.Load);
        yield return ImportCommand.Create();
        yield return BlameCommand.Create();
        yield return UsersCommand.Create();
        yield return TokensCommand.Create();
        yield return BenchCommand.Create();
    }
}
