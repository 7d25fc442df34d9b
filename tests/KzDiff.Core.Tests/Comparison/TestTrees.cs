using System.Collections.Immutable;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Tests.Comparison;

/// <summary>Small hand-built editions for engine tests: one paragraph per node unless said otherwise.</summary>
internal static class TestTrees
{
    public static Edition Edition(int year, params SectionNode[] sections) => Edition(year, Root(sections));

    public static Edition Edition(int year, SectionNode root)
    {
        var metadata = new EditionMetadata("freedonia", "Freedonia", year, $"freedonia-{year}.txt", new string('0', 64), EditionFormat.PlainText);
        return new Edition(metadata, root);
    }

    public static SectionNode Root(params SectionNode[] children) =>
        new(string.Empty, string.Empty, string.Empty, SectionLevel.Document, null, [], [.. children]);

    public static SectionNode Node(string path, string title, string[] sentences, params SectionNode[] children)
    {
        var last = path.Split('/')[^1];
        var dot = last.LastIndexOf('.');
        var number = path.Contains('/', StringComparison.Ordinal) ? null : dot >= 0 ? last[(dot + 1)..] : last;
        var level = path.Contains('/', StringComparison.Ordinal) ? SectionLevel.Subheading : dot >= 0 ? SectionLevel.Subsection : SectionLevel.Section;
        var key = Key(title);
        return new SectionNode(title, key, path, level, number, sentences.Length == 0 ? [] : [new Paragraph([.. sentences])], [.. children]);
    }

    public static SectionNode WithParagraphs(SectionNode node, IEnumerable<string[]> paragraphs) =>
        node with { Paragraphs = paragraphs.Select(p => new Paragraph([.. p])).ToImmutableArray() };

    public static string Key(string title)
    {
        var text = title.Length > 3 && title[1] == '.' && title[2] == ' ' ? title[3..] : title;
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
