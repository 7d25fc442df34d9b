using System.CommandLine;
using System.CommandLine.Parsing;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Cli.Commands;

/// <summary>
/// The command lines the native <c>kzdiff</c> (KzDiff.Cli.Native) serves itself: <c>compare</c>
/// and <c>tree</c> of edition files, with the full CLI's own command definitions and Core's
/// parser. Every other command line goes to the full CLI, so a user types the same commands and
/// gets the same answers from either binary.
/// </summary>
internal static class FileCommandLine
{
    private const string InputFormatOption = "--input-format";

    public static ParseResult Parse(IReadOnlyList<string> args) => CreateRoot().Parse(args);

    /// <summary>Runs a command line <see cref="Serves"/> accepted.</summary>
    public static int Invoke(ParseResult parse, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>
    /// True for a <c>compare</c> or <c>tree</c> whose editions are files Core reads alone. Help,
    /// the store's commands, a mistyped command line, stored editions (<c>kazakhstan:2019</c>) and
    /// PDF files (their layout is measured by the service's reader) go to the full CLI; so do
    /// missing and unreadable files, whose error the full CLI words.
    /// </summary>
    public static bool Serves(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        if (parse.Errors.Count > 0 || command.Action is null || !ReferenceEquals(parse.Action, command.Action))
        {
            return false;
        }

        var inputFormat = command.Options.Any(o => o.Name == InputFormatOption) ? parse.GetValue<string?>(InputFormatOption) : null;
        return parse.CommandResult.Children.OfType<ArgumentResult>()
            .All(argument => IsReadByCore(argument.GetValueOrDefault<string>(), inputFormat));
    }

    private static RootCommand CreateRoot() => new("kzdiff: compare and tree of edition files")
    {
        TreeCommand.Create(LoadFile),
        CompareCommand.Create(path => LoadFile(path, format: null)),
    };

    private static Edition LoadFile(string path, EditionFormat? format) =>
        EditionFiles.Load(path, format, (content, sourceName, forced) => EditionParser.Parse(content.Span, sourceName, forced));

    private static bool IsReadByCore(string? path, string? inputFormat)
    {
        if (path is null || !File.Exists(path) || inputFormat == EditionFormatNames.ToName(EditionFormat.Pdf) || path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            // EditionParser.IsPdf looks at the first kilobyte, as PDF readers do.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            var head = new byte[1024];
            var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return !EditionParser.IsPdf(head.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
