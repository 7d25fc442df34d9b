using KzDiff.Core.Editions;

namespace KzDiff.Core.Parsing;

/// <summary>Entry point of parsing: source bytes in, section tree out.</summary>
public static class EditionParser
{
    /// <summary>Parses an edition, detecting its format unless <paramref name="format"/> is given.</summary>
    /// <param name="content">The source bytes as read from a file, an upload or a URL.</param>
    /// <param name="sourceName">File name or URL; a fallback for country and year.</param>
    /// <param name="format">Forces a format instead of detecting it.</param>
    /// <exception cref="EditionParseException">The input is not a readable edition.</exception>
    public static Edition Parse(ReadOnlySpan<byte> content, string sourceName, EditionFormat? format = null)
    {
        throw new EditionParseException("parsing is being implemented (work in progress)");
    }
}
