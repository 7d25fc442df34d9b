using System.Collections.Immutable;

namespace KzDiff.Core.Editions;

/// <summary>
/// A node of an edition's section tree. Immutable: a tree is built once by the parser and then
/// shared freely between comparisons, jobs and renderers.
/// </summary>
/// <param name="Title">The heading as printed, whitespace collapsed ("a. Freedom of Expression, Including for the Press").</param>
/// <param name="Key">Normalised title used for matching: lower case, no numbering, spelling variants folded ("freedom-of-expression-including-for-the-press").</param>
/// <param name="Path">Stable readable path, unique within the edition ("1.c/prison-and-detention-center-conditions/physical-conditions").</param>
/// <param name="Level">Where the node sits in the outline.</param>
/// <param name="Number">The printed number or letter ("1", "a"), or null for unnumbered headings.</param>
/// <param name="Paragraphs">The node's own text, not its children's.</param>
/// <param name="Children">Sub-nodes in document order.</param>
public sealed record SectionNode(
    string Title,
    string Key,
    string Path,
    SectionLevel Level,
    string? Number,
    ImmutableArray<Paragraph> Paragraphs,
    ImmutableArray<SectionNode> Children)
{
    /// <summary>The node's own sentences in order (not its children's).</summary>
    public IEnumerable<string> Sentences => Paragraphs.SelectMany(p => p.Sentences);

    /// <summary>This node and every node below it, depth first, in document order.</summary>
    public IEnumerable<SectionNode> DescendantsAndSelf()
    {
        var stack = new Stack<SectionNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }
}
