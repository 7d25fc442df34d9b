using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Service.Editions;

/// <summary>The real parser of KzDiff.Core.</summary>
public sealed class CoreEditionReader : IEditionReader
{
    public Edition Read(ReadOnlySpan<byte> content, string sourceName, EditionFormat? format) =>
        EditionParser.Parse(content, sourceName, format);
}
