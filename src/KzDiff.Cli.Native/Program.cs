using KzDiff.Cli.Commands;
using KzDiff.Cli.Native;

var parse = FileCommandLine.Parse(args);
if (!FileCommandLine.Serves(parse))
{
    return FullCli.Run(args, Console.Error);
}

// A terminal gets every line as it comes (and its colours); a file or a pipe gets the text in large pieces.
if (!Console.IsOutputRedirected)
{
    return FileCommandLine.Invoke(parse, Console.Out, Console.Error);
}

using var output = new BufferedOutput(Console.Out);
return FileCommandLine.Invoke(parse, output, Console.Error);
