namespace KzDiff.Core.Comparison.Alignment;

/// <summary>One row of the section alignment, before sentences are attached.</summary>
internal sealed class NodePair
{
    public NodePair(int oldNode, int newNode)
    {
        OldNode = oldNode;
        NewNode = newNode;
    }

    /// <summary>Index into the old profile's nodes, or -1 for an added section.</summary>
    public int OldNode { get; }

    /// <summary>Index into the new profile's nodes, or -1 for a removed section.</summary>
    public int NewNode { get; }

    /// <summary>
    /// True when this pair lists the old node's unmatched sentences. A split forms several pairs
    /// with the same old node; only its first pair lists them, so no sentence appears twice.
    /// </summary>
    public bool OldHome { get; set; } = true;

    /// <summary>True when this pair lists the new node's unmatched sentences (false on the extra pairs of a merge).</summary>
    public bool NewHome { get; set; } = true;

    /// <summary>
    /// The old section's text went on under a new sub-heading of its own counterpart: a pair for
    /// the sentences only, neither renamed nor moved.
    /// </summary>
    public bool Continuation { get; set; }

    public bool Renamed { get; set; }

    public bool Moved { get; set; }

    public bool Split { get; set; }

    public bool Merged { get; set; }

    public double Similarity { get; set; }

    public double Confidence { get; set; }

    public List<string> Evidence { get; } = [];
}
