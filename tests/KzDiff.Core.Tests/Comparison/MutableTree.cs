using System.Collections.Immutable;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Tests.Comparison;

/// <summary>An editable copy of a section tree, for applying known edits before comparing.</summary>
internal sealed class MutableTree
{
    public MutableTree(SectionNode node, MutableTree? parent)
    {
        Parent = parent;
        Title = node.Title;
        Key = node.Key;
        OldPath = node.Path;
        Path = node.Path;
        Level = node.Level;
        Number = node.Number;
        Paragraphs = node.Paragraphs.Select(p => p.Sentences.ToList()).ToList();
        Children = node.Children.Select(c => new MutableTree(c, this)).ToList();
    }

    public MutableTree? Parent { get; set; }

    public string Title { get; set; }

    public string Key { get; set; }

    /// <summary>The node's path in the unedited edition.</summary>
    public string OldPath { get; }

    public string Path { get; set; }

    public SectionLevel Level { get; }

    public string? Number { get; }

    public List<List<string>> Paragraphs { get; }

    public List<MutableTree> Children { get; }

    public bool Touched { get; set; }

    public int SentenceCount => Paragraphs.Sum(p => p.Count);

    public IEnumerable<MutableTree> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.DescendantsAndSelf())
            {
                yield return node;
            }
        }
    }

    public bool IsAncestorOf(MutableTree other)
    {
        for (var node = other.Parent; node is not null; node = node.Parent)
        {
            if (node == this)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Re-roots this node's path (and its descendants') under a new parent path.</summary>
    public void Repath(string parentPath)
    {
        var last = Path.Split('/')[^1];
        var newPath = parentPath + "/" + last;
        foreach (var node in DescendantsAndSelf())
        {
            node.Path = newPath + node.Path[Path.Length..];
        }
    }

    public SectionNode ToNode()
    {
        return new SectionNode(
            Title,
            Key,
            Path,
            Level,
            Number,
            Paragraphs.Where(p => p.Count > 0).Select(p => new Paragraph([.. p])).ToImmutableArray(),
            Children.Select(c => c.ToNode()).ToImmutableArray());
    }
}
