using KzDiff.Core.Editions;

namespace KzDiff.Service.Editions;

/// <summary>Turns source bytes into a section tree; the service's seam onto <c>EditionParser</c>.</summary>
public interface IEditionReader
{
    /// <exception cref="KzDiff.Core.Parsing.EditionParseException">The input is not a readable edition.</exception>
    Edition Read(ReadOnlySpan<byte> content, string sourceName, EditionFormat? format);
}
