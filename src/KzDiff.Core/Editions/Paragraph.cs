using System.Collections.Immutable;

namespace KzDiff.Core.Editions;

/// <summary>One paragraph of report text, already split into sentences.</summary>
public sealed record Paragraph(ImmutableArray<string> Sentences)
{
    /// <summary>The paragraph as one string, sentences joined by a single space.</summary>
    public string Text => string.Join(' ', Sentences);
}
