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

        ReadOnlyMemory<byte> bytes;
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
    // end in an error, not a hang. The buffer starts at the size the file states (one byte more, to
    // see the end without growing), so a page is read once into one array, not grown and copied.
    private static ReadOnlyMemory<byte> ReadBounded(string fullName)
    {
        using var stream = new FileStream(fullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        var stated = stream.CanSeek ? stream.Length : 0;
        var buffer = new byte[(int)Math.Clamp(stated + 1, 81920, MaxBytes + 1)];
        var length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length > MaxBytes)
            {
                throw new IOException($"more than {MaxBytes / (1024 * 1024)} MB: too large for an edition");
            }

            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, MaxBytes + 1));
            }
        }

        return buffer.AsMemory(0, length);
    }
}
