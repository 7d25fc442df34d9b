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

// Straight into standard output's stream, 64 KB a write call: Console.Out's own writer, even fed in
// large pieces, hands the stream 256 bytes at a time (850 write calls for a Kazakhstan 2019-2020
// comparison). The same bytes: Console.Out's encoding (UTF-8 on Linux, without a byte order mark)
// and line ends.
using var output = new StreamWriter(Console.OpenStandardOutput(), Console.Out.Encoding, 64 * 1024);
return FileCommandLine.Invoke(parse, output, Console.Error);
