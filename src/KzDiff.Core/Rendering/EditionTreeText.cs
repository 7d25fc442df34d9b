using System.Globalization;
using System.Text;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Rendering;

/// <summary>
/// The section tree as an indented outline, one node per line with its path and its own
/// paragraph, sentence and word counts: what a reader checks before trusting a comparison.
/// </summary>
public static class EditionTreeText
{
    public static string Render(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var metadata = edition.Metadata;
        var builder = new StringBuilder();
        var nodes = edition.Root.DescendantsAndSelf().ToList();
        builder.Append(CultureInfo.InvariantCulture,
            $"{metadata.CountryName} {metadata.Year}  (country key {metadata.CountryKey}, {EditionFormatNames.ToName(metadata.Format)}, sha256 {metadata.Sha256[..12]}…)\n");
        builder.Append(CultureInfo.InvariantCulture,
            $"{nodes.Count - 1} headings, {nodes.Sum(n => n.Paragraphs.Length)} paragraphs, {nodes.Sum(n => n.Paragraphs.Sum(p => p.Sentences.Length))} sentences, {nodes.Sum(Words)} words\n\n");
        if (edition.Root.Paragraphs.Length > 0)
        {
            AppendLine(builder, edition.Root, 0);
        }

        foreach (var child in edition.Root.Children)
        {
            AppendTree(builder, child, 0);
        }

        return builder.ToString();
    }

    private static void AppendTree(StringBuilder builder, SectionNode node, int depth)
    {
        // Deep but bounded: a report outline is at most six levels; guard hostile trees anyway.
        var stack = new Stack<(SectionNode Node, int Depth)>();
        stack.Push((node, depth));
        while (stack.Count > 0)
        {
            var (current, level) = stack.Pop();
            AppendLine(builder, current, level);
            for (var i = current.Children.Length - 1; i >= 0; i--)
            {
                stack.Push((current.Children[i], level + 1));
            }
        }
    }

    private static void AppendLine(StringBuilder builder, SectionNode node, int depth)
    {
        var title = node.Level switch
        {
            SectionLevel.Document => "(text before the first heading)",
            SectionLevel.Section => $"Section {node.Number}. {node.Title}",
            SectionLevel.RunIn => node.Title + ":",
            _ => node.Title,
        };
        var sentences = node.Paragraphs.Sum(p => p.Sentences.Length);
        builder.Append(' ', depth * 2)
            .Append(title)
            .Append(CultureInfo.InvariantCulture, $"  [{node.Path}]  {node.Paragraphs.Length} paragraphs, {sentences} sentences, {Words(node)} words\n");
    }

    private static int Words(SectionNode node) => node.Sentences.Sum(WordCounter.Count);
}
