using KzDiff.Cli;

return await KzDiffApp.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
