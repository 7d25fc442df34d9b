using Spectre.Console;

namespace KzDiff.Cli.Terminal;

/// <summary>
/// Spectre.Console consoles over the command's writers. The commands decide whether a writer is
/// a terminal (and NO_COLOR is unset); a console made here always draws, so tests can see it.
/// </summary>
internal static class TerminalConsole
{
    /// <param name="output">Where to draw.</param>
    /// <param name="width">Columns to wrap at; the terminal's width when it is one.</param>
    public static IAnsiConsole Create(TextWriter output, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Yes,

            // The eight colours every terminal has; the output uses no more.
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
        });
        if (width is { } columns)
        {
            console.Profile.Width = columns;
        }

        return console;
    }

    /// <summary>True when <paramref name="writer"/> is the process's standard output on a terminal and NO_COLOR is unset.</summary>
    public static bool IsColourTerminal(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
