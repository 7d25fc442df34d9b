using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace KzDiff.Core.Parsing.Text;

/// <summary>
/// Bytes to text, strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything else is
/// refused with a message that says what the bytes look like, rather than silently turning
/// "Côte d’Ivoire" into mojibake that would then show up as a change.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Editions are at most a few hundred kilobytes; refuse absurd inputs before any work.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private const int SniffLength = 8192;

    /// <summary>
    /// The decoded text in a pooled buffer, returned to the pool when the lease is disposed: a page's
    /// text is a large object, and parsing keeps none of it (the tree holds strings of its own).
    /// </summary>
    public static LeasedText Lease(ReadOnlySpan<byte> content)
    {
        if (content.Length > MaxBytes)
        {
            throw new EditionParseException(string.Create(CultureInfo.InvariantCulture,
                $"the file is too large ({content.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)"));
        }

        if (content.IsEmpty)
        {
            throw new EditionParseException("the file is empty");
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new LeasedText(DecodeUtf16(content[2..], Encoding.Unicode));
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new LeasedText(DecodeUtf16(content[2..], Encoding.BigEndianUnicode));
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        RejectBinary(content);
        var text = DecodeUtf8(content);
        if (text.Text.Span.IsWhiteSpace())
        {
            text.Dispose();
            throw new EditionParseException("the file is empty (only whitespace)");
        }

        return text;
    }

    private static void RejectBinary(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF"u8))
        {
            throw new EditionParseException("this is a PDF file: extract its text first (for example with pdftotext) and import the text");
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) || content.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            throw new EditionParseException("this is a compressed archive (zip or gzip), not an edition");
        }

        var sniff = content[..Math.Min(content.Length, SniffLength)];
        var controls = 0;
        foreach (var b in sniff)
        {
            if (b == 0)
            {
                throw new EditionParseException("this is a binary file (it contains NUL bytes), not a text or HTML edition");
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }

        if (controls * 100 > sniff.Length)
        {
            throw new EditionParseException("this is a binary file (it is full of control bytes), not a text or HTML edition");
        }
    }

    private static LeasedText DecodeUtf8(ReadOnlySpan<byte> content)
    {
        var buffer = ArrayPool<char>.Shared.Rent(content.Length);
        var status = Utf8.ToUtf16(content, buffer, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new LeasedText(buffer, written);
        }

        ArrayPool<char>.Shared.Return(buffer);
        throw new EditionParseException(string.Create(CultureInfo.InvariantCulture,
            $"the text is not UTF-8 (invalid byte 0x{content[read]:X2} at offset {read}; {GuessEncoding(content)}): save it as UTF-8 and try again"));
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> content, Encoding encoding)
    {
        try
        {
            var strict = (Encoding)encoding.Clone();
            strict.DecoderFallback = DecoderFallback.ExceptionFallback;
            var text = strict.GetString(content);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new EditionParseException("the file is empty (only whitespace)");
            }

            return text;
        }
        catch (DecoderFallbackException exception)
        {
            throw new EditionParseException("the text has a UTF-16 byte order mark but is not valid UTF-16", exception);
        }
    }

    // Single high bytes between ASCII letters are the signature of the 8-bit Western encodings.
    private static string GuessEncoding(ReadOnlySpan<byte> content)
    {
        var high = 0;
        var smartPunctuation = 0;
        foreach (var b in content)
        {
            if (b >= 0x80)
            {
                high++;
                if (b is >= 0x91 and <= 0x97)
                {
                    smartPunctuation++;
                }
            }
        }

        return smartPunctuation > 0
            ? "it looks like Windows-1252"
            : high > 0 ? "it looks like Latin-1 (ISO-8859-1) or Windows-1252" : "unknown encoding";
    }
}
