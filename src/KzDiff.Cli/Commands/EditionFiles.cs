using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Cli.Commands;

/// <summary>Reads an edition from a file path, turning every failure into one line a user can act on.</summary>
internal static class EditionFiles
{
    /// <summary>Editions larger than this are refused before reading: no real report comes near it.</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    /// <exception cref="CommandLineException">The file is missing, unreadable, too large or not an edition.</exception>
    public static Edition Load(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new CommandLineException($"{path}: no such file");
        }

        if (file.Length > MaxBytes)
        {
            throw new CommandLineException($"{path}: {file.Length / (1024 * 1024)} MB is too large for an edition (limit {MaxBytes / (1024 * 1024)} MB)");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandLineException($"{path}: cannot read: {e.Message}", e);
        }

        try
        {
            return EditionParser.Parse(bytes, file.Name);
        }
        catch (EditionParseException e)
        {
            throw new CommandLineException($"{path}: {e.Message}", e);
        }
    }
}
