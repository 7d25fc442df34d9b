namespace KzDiff.Service.Editions;

/// <summary>
/// Reads a stream whose length nobody vouches for (an HTTP body, an upload) and stops at a cap,
/// so an endless or oversized source costs at most the cap in memory.
/// </summary>
public static class CappedRead
{
    /// <summary>The whole stream, or null as soon as it turns out longer than <paramref name="cap"/> bytes.</summary>
    public static async Task<byte[]?> ReadAllAsync(Stream source, long cap, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
