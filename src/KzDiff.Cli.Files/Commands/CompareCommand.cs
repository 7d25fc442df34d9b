using System.CommandLine;
using KzDiff.Cli.Terminal;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Editions;
using KzDiff.Core.Rendering;

namespace KzDiff.Cli.Commands;

/// <summary><c>kzdiff compare &lt;old&gt; &lt;new&gt;</c>: what changed between two editions.</summary>
internal static class CompareCommand
{
    /// <param name="load">Resolves an argument to an edition: a file, or in the full CLI also a stored edition.</param>
    public static Command Create(Func<string, Edition> load)
    {
        var oldArgument = new Argument<string>("old") { Description = "The older edition (state.gov HTML page, PDF-extracted text or plain text), or a stored one as country:year (kazakhstan:2019)" };
        var newArgument = new Argument<string>("new") { Description = "The newer edition" };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html", "markdown");
        var changesOnly = new Option<bool>("--changes-only") { Description = "Leave out unchanged sections and sentences" };
        var section = new Option<string?>("--section") { Description = "Only sections whose path starts with, or whose title contains, this text" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var terms = new Option<string?>("--terms") { Description = "Watched terms to flag, comma-separated, instead of the defaults (torture, killed, journalist, ...)" };

        var command = new Command("compare", "Compare two editions: sections aligned, sentences and words diffed")
        {
            oldArgument, newArgument, format, changesOnly, section, output, terms,
        };
        command.SetAction(parseResult =>
        {
            var request = new CompareRequest(
                parseResult.GetValue(oldArgument)!,
                parseResult.GetValue(newArgument)!,
                Enum.Parse<ComparisonFormat>(parseResult.GetValue(format) ?? "text", ignoreCase: true),
                parseResult.GetValue(changesOnly),
                parseResult.GetValue(section),
                parseResult.GetValue(output),
                ParseTerms(parseResult.GetValue(terms)));
            return Run(request, load, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>"torture, women" as a list; null when the option is absent (the defaults apply). <see cref="Run"/> checks the terms.</summary>
    public static IReadOnlyList<string>? ParseTerms(string? value) =>
        value?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs a comparison; <paramref name="load"/> resolves an argument to an edition.</summary>
    public static int Run(CompareRequest request, Func<string, Edition> load, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var flags = FlagsOf(request.Terms);
            var older = load(request.Old);
            var newer = load(request.New);
            var comparison = EditionComparer.Compare(older, newer, flags);
            var options = new RenderOptions(request.ChangesOnly, request.Section)
            {
                // The HTML, Markdown and text read in the new edition's outline, as the compare page does.
                NewOutline = [.. newer.Root.DescendantsAndSelf().Select(node => node.Path)],
            };

            // Colour only for a terminal: not for a file, a pipe, an in-process writer or NO_COLOR.
            if (request.Format == ComparisonFormat.Text && request.Output is null && TerminalConsole.IsColourTerminal(stdout))
            {
                ComparisonTerminalText.Write(TerminalConsole.Create(stdout, ComparisonTerminalText.NoWrapWidth), comparison, options);
                return 0;
            }

            if (request.Output is null)
            {
                ComparisonRenderer.Render(comparison, request.Format, stdout, options);
                stdout.Flush();
                return 0;
            }

            var temporary = request.Output + ".tmp";
            using (var file = new StreamWriter(temporary, append: false, ComparisonRenderer.Encoding))
            {
                ComparisonRenderer.Render(comparison, request.Format, file, options);
            }

            File.Move(temporary, request.Output, overwrite: true);
            return 0;
        }
        catch (CommandLineException e)
        {
            stderr.WriteLine("kzdiff compare: " + e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("kzdiff compare: cannot write " + request.Output + ": " + e.Message);
            return 1;
        }
    }

    /// <exception cref="CommandLineException">The terms break the watch-term rules (too many, too long, empty).</exception>
    private static FlagOptions FlagsOf(IReadOnlyList<string>? terms)
    {
        if (terms is null)
        {
            return FlagOptions.Default;
        }

        var flags = new FlagOptions { WatchTerms = terms };
        try
        {
            flags.Validate();
        }
        catch (ArgumentException e)
        {
            throw new CommandLineException("--terms: " + e.Message.Split(" (Parameter", 2)[0]);
        }

        return flags;
    }
}
