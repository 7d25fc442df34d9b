using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;
using Spectre.Console;

namespace KzDiff.Cli.Terminal;

/// <summary>
/// <c>kzdiff compare</c>'s text on a terminal: Core's <see cref="ComparisonText"/> lines, coloured
/// by tone (red deleted, green inserted, yellow moved, dim unchanged).
/// </summary>
internal static class ComparisonTerminalText
{
    /// <summary>
    /// A console width no line reaches: the terminal wraps long sentences itself, as it did
    /// before colours came from Spectre; Spectre's own wrapping would put hard line breaks into
    /// text copied from the terminal.
    /// </summary>
    public const int NoWrapWidth = 1_000_000;

    public static void Write(IAnsiConsole console, EditionComparison comparison, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(console);
        foreach (var runs in ComparisonText.Lines(comparison, options))
        {
            if (runs.IsEmpty)
            {
                console.WriteLine();
                continue;
            }

            var line = new Paragraph();
            foreach (var run in runs)
            {
                line.Append(run.Text, StyleOf(run.Tone));
            }

            console.Write(line);
            console.WriteLine();
        }
    }

    // Maroon, Green, Olive and Teal are the first eight colours' red, green, yellow and cyan
    // (SGR 31, 32, 33, 36); Spectre's Red and Yellow are the bright ones.
    private static Style StyleOf(TextTone tone) => tone switch
    {
        TextTone.Title => new Style(decoration: Decoration.Bold),
        TextTone.Heading => new Style(Color.Teal),
        TextTone.Unchanged => new Style(decoration: Decoration.Dim),
        TextTone.Added => new Style(Color.Green),
        TextTone.Removed => new Style(Color.Maroon),
        TextTone.Moved => new Style(Color.Olive),
        _ => Style.Plain,
    };
}
