using System.CommandLine;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Core.Rendering;

namespace KzDiff.Cli.Commands;

/// <summary><c>kzdiff tree &lt;file&gt;</c>: the section tree an edition parses into.</summary>
internal static class TreeCommand
{
    /// <param name="load">Reads an edition file, in the given format when one is forced.</param>
    public static Command Create(Func<string, EditionFormat?, Edition> load)
    {
        var file = new Argument<string>("file") { Description = "An edition: a state.gov HTML page, PDF-extracted text or plain text" };
        var format = new Option<string>("--format", "-f") { Description = "Output: an indented outline with counts, or the whole tree as JSON", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var inputFormat = new Option<string?>("--input-format") { Description = "Read the file as this format instead of detecting it" };
        inputFormat.AcceptOnlyFromAmong([.. EditionFormatNames.All]);

        var command = new Command("tree", "Show the section tree of one edition: sections, sub-headings, run-in headings, counts")
        {
            file, format, inputFormat,
        };
        command.SetAction(parseResult => Run(
            load,
            parseResult.GetValue(file)!,
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(inputFormat),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(Func<string, EditionFormat?, Edition> load, string path, string format, string? inputFormat, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var edition = load(path, EditionFormatNames.Parse(inputFormat));
            stdout.Write(format == "json" ? EditionTreeJson.Serialize(edition) + "\n" : EditionTreeText.Render(edition));
            stdout.Flush();
            return 0;
        }
        catch (CommandLineException e)
        {
            stderr.WriteLine("kzdiff: " + e.Message);
            return 1;
        }
    }
}
