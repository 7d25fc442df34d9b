using KzDiff.Core.Editions;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>A node of the <c>kzdiff tree --format json</c> contract, with its children.</summary>
public sealed record SectionNodeContract
{
    public required string Title { get; init; }

    public required string Key { get; init; }

    public required string Path { get; init; }

    /// <summary>"document", "summary", "section", "subsection", "subheading" or "runin".</summary>
    public required string Level { get; init; }

    /// <summary>The printed number or letter; written as null for unnumbered headings.</summary>
    public required string? Number { get; init; }

    /// <summary>How many paragraphs of its own the node has.</summary>
    public required int Paragraphs { get; init; }

    /// <summary>Words of the node's own sentences.</summary>
    public required int Words { get; init; }

    /// <summary>The node's own sentences, not its children's.</summary>
    public required IReadOnlyList<string> Sentences { get; init; }

    public required IReadOnlyList<SectionNodeContract> Children { get; init; }

    public static SectionNodeContract From(SectionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var sentences = node.Sentences.ToArray();
        return new SectionNodeContract
        {
            Title = node.Title,
            Key = node.Key,
            Path = node.Path,
            Level = LevelName(node.Level),
            Number = node.Number,
            Paragraphs = node.Paragraphs.Length,
            Words = sentences.Sum(WordCounter.Count),
            Sentences = sentences,
            Children = node.Children.Select(From).ToArray(),
        };
    }

    public static string LevelName(SectionLevel level) => level switch
    {
        SectionLevel.Document => "document",
        SectionLevel.Summary => "summary",
        SectionLevel.Section => "section",
        SectionLevel.Subsection => "subsection",
        SectionLevel.Subheading => "subheading",
        SectionLevel.RunIn => "runin",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level"),
    };
}
