using KzDiff.Cli.Commands;
using KzDiff.Cli.Native;

var parse = FileCommandLine.Parse(args);
return FileCommandLine.Serves(parse)
    ? FileCommandLine.Invoke(parse, Console.Out, Console.Error)
    : FullCli.Run(args, Console.Error);
