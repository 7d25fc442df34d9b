namespace KzDiff.Core.Comparison.Text;

/// <summary>
/// One sentence with everything the aligner needs computed once: the formatting-blind hash
/// used for anchoring and the word hashes used for similarity.
/// </summary>
internal sealed class SentenceProfile
{
    public SentenceProfile(string text, int node, int ordinal)
    {
        Text = text;
        Node = node;
        Ordinal = ordinal;
        Squeeze = TextFold.SqueezeHash(text);
        Words = TextFold.WordHashes(text);
        WordSet = TextFold.DistinctSorted(Words);
    }

    public string Text { get; }

    /// <summary>Index of the owning node in <see cref="EditionProfile.Nodes"/>.</summary>
    public int Node { get; }

    /// <summary>Position of the sentence in the whole edition.</summary>
    public int Ordinal { get; }

    public ulong Squeeze { get; }

    public ulong[] Words { get; }

    public ulong[] WordSet { get; }
}
