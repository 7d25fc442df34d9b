using System.Buffers;
using KzDiff.Core.Comparison.Text;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Comparison.Alignment;

/// <summary>
/// An edition flattened once for comparison: nodes in pre-order (index 0 is the root) and
/// every sentence with its hashes, so no later step re-reads or re-normalises text.
/// </summary>
internal sealed class EditionProfile
{
    private EditionProfile(List<NodeProfile> nodes, List<SentenceProfile> sentences)
    {
        Nodes = nodes;
        Sentences = sentences;
    }

    public IReadOnlyList<NodeProfile> Nodes { get; }

    public IReadOnlyList<SentenceProfile> Sentences { get; }

    /// <summary>Sentence ordinals by the sentence's own string; built on first use, by the flags and the summary only.</summary>
    private Dictionary<string, int>? _ordinals;

    /// <summary>
    /// The ordinal of the sentence whose text is this very string (rows carry the profile's own
    /// strings), or -1 for any other string, such as two sentences joined by a split or a merge.
    /// </summary>
    public int OrdinalOf(string text)
    {
        var ordinals = Volatile.Read(ref _ordinals) ?? Interlocked.CompareExchange(ref _ordinals, Ordinals(Sentences), null) ?? _ordinals!;
        return ordinals.TryGetValue(text, out var ordinal) ? ordinal : -1;
    }

    private static Dictionary<string, int> Ordinals(IReadOnlyList<SentenceProfile> sentences)
    {
        var map = new Dictionary<string, int>(sentences.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sentences.Count; i++)
        {
            map.TryAdd(sentences[i].Text, i);
        }

        return map;
    }

    public static EditionProfile Build(SectionNode root)
    {
        var nodes = new List<NodeProfile>();
        var sentences = new List<SentenceProfile>();
        var stack = new Stack<(SectionNode Node, int Parent, int Depth, int Sibling)>();
        stack.Push((root, -1, 0, 0));
        while (stack.Count > 0)
        {
            var (node, parent, depth, sibling) = stack.Pop();
            var profile = new NodeProfile(node, nodes.Count, parent, depth, sibling);
            nodes.Add(profile);
            if (parent >= 0)
            {
                nodes[parent].Children.Add(profile.Index);
            }

            profile.FirstSentence = sentences.Count;
            foreach (var paragraph in node.Paragraphs)
            {
                foreach (var sentence in paragraph.Sentences)
                {
                    sentences.Add(new SentenceProfile(sentence, profile.Index, sentences.Count));
                }
            }

            profile.SentenceCount = sentences.Count - profile.FirstSentence;
            profile.Shingles = Shingle(sentences, profile.FirstSentence, profile.SentenceCount);
            for (var i = node.Children.Length - 1; i >= 0; i--)
            {
                stack.Push((node.Children[i], profile.Index, depth + 1, i));
            }
        }

        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            node.SubtreeEnd = node.Children.Count == 0 ? i + 1 : nodes[node.Children[^1]].SubtreeEnd;
        }

        return new EditionProfile(nodes, sentences);
    }

    /// <summary>True when <paramref name="descendant"/> lies strictly below <paramref name="ancestor"/>.</summary>
    public bool IsBelow(int descendant, int ancestor)
    {
        return descendant > ancestor && descendant < Nodes[ancestor].SubtreeEnd;
    }

    private static ulong[] Shingle(List<SentenceProfile> sentences, int first, int count)
    {
        var total = 0;
        for (var i = first; i < first + count; i++)
        {
            total += sentences[i].Words.Length;
        }

        if (total < 3)
        {
            return [];
        }

        // Pooled: only the distinct sorted set is kept.
        var shingles = ArrayPool<ulong>.Shared.Rent(total - 2);
        ulong a = 0, b = 0;
        var seen = 0;
        var n = 0;
        for (var i = first; i < first + count; i++)
        {
            foreach (var word in sentences[i].Words)
            {
                if (seen >= 2)
                {
                    shingles[n++] = (a * 0x9E3779B97F4A7C15UL) ^ ((b * 0xC2B2AE3D27D4EB4FUL) >> 1) ^ word;
                }

                a = b;
                b = word;
                seen++;
            }
        }

        var set = TextFold.DistinctSortedInPlace(shingles.AsSpan(0, n));
        ArrayPool<ulong>.Shared.Return(shingles);
        return set;
    }
}
