namespace KzDiff.Core.Comparison.Sentences;

/// <summary>
/// Which sentence of the other edition each sentence of one edition went to. Arrays indexed by
/// sentence position, one instance per side.
/// </summary>
internal sealed class SentenceLinks
{
    public SentenceLinks(int count)
    {
        Partner = new int[count];
        Array.Fill(Partner, -1);
        Mode = new LinkMode[count];
        Span = new byte[count];
        Second = new bool[count];
    }

    /// <summary>The first sentence of the other side this one is linked to, or -1.</summary>
    public int[] Partner { get; }

    public LinkMode[] Mode { get; }

    /// <summary>How many sentences of the other side the link covers (2 for a split seen from the old side).</summary>
    public byte[] Span { get; }

    /// <summary>True for the second sentence of a pair of sentences that share one row.</summary>
    public bool[] Second { get; }
}
