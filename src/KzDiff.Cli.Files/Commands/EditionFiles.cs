using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Cli.Commands;

/// <summary>
/// How a file's bytes become an edition: the service's reader in the full CLI (it also measures
/// PDF layouts), Core's parser in the native front end (which hands PDF files to the full CLI).
/// </summary>
/// <exception cref="EditionParseException">The bytes are not a readable edition.</exception>
internal delegate Edition EditionDecoder(ReadOnlyMemory<byte> content, string sourceName, EditionFormat? format);

/// <summary>Reads an edition from a file path, turning every failure into one line a user can act on.</summary>
internal static class EditionFiles
{
    /// <summary>Editions larger than this are refused before reading: no real report comes near it.</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads an edition, forcing <paramref name="format"/> when given instead of detecting it.</summary>
    /// <exception cref="CommandLineException">The file is missing, unreadable, too large or not an edition.</exception>
    public static Edition Load(string path, EditionFormat? format, EditionDecoder decode)
    {
        ArgumentNullException.ThrowIfNull(decode);
        if (Directory.Exists(path))
        {
            throw new CommandLineException($"{path}: is a directory, not an edition file");
        }

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
            bytes = ReadBounded(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandLineException($"{path}: cannot read: {e.Message}", e);
        }

        try
        {
            // The path as given: "2019/kazakhstan.html" names the year through its folder.
            return decode(bytes, path, format);
        }
        catch (EditionParseException e)
        {
            throw new CommandLineException($"{path}: {e.Message}", e);
        }
    }

    // Reads at most MaxBytes + 1 bytes whatever the file claims: /dev/zero or a growing file must
    // end in an error, not a hang.
    private static byte[] ReadBounded(string fullName)
    {
        using var stream = new FileStream(fullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new IOException($"more than {MaxBytes / (1024 * 1024)} MB: too large for an edition");
            }
        }

        return buffer.ToArray();
    }
}
