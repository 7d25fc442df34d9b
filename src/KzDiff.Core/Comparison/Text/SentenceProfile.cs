namespace KzDiff.Core.Comparison.Text;

/// <summary>
/// One sentence with everything the aligner needs computed once: the formatting-blind hash
/// used for anchoring and the word hashes used for similarity.
/// </summary>
internal sealed class SentenceProfile
{
    // The word set is read only by sentence matching and by a few section pairs' checks, so section
    // alignment alone (lineage at import) would waste it: built on first use. A profile can be shared
    // by comparisons on several threads; a race builds two equal sets and keeps the first published.
    private ulong[]? _wordSet;

    public SentenceProfile(string text, int node, int ordinal)
    {
        Text = text;
        Node = node;
        Ordinal = ordinal;
        Squeeze = TextFold.SqueezeHash(text);
        Words = TextFold.WordHashes(text);
    }

    public string Text { get; }

    /// <summary>Index of the owning node in <see cref="EditionProfile.Nodes"/>.</summary>
    public int Node { get; }

    /// <summary>Position of the sentence in the whole edition.</summary>
    public int Ordinal { get; }

    public ulong Squeeze { get; }

    public ulong[] Words { get; }

    public ulong[] WordSet => Volatile.Read(ref _wordSet) ?? Interlocked.CompareExchange(ref _wordSet, TextFold.DistinctSorted(Words), null) ?? _wordSet!;
}
