using KzDiff.Core.Comparison.Alignment;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Every word and every pair of neighbouring words of one edition (sentences and headings), as
/// case-blind hashes: tells whether a name is still mentioned anywhere, "Public Monitoring
/// Commissions" and "public monitoring commissions" alike. Built from the hashes the aligner
/// already computed, once per edition.
/// </summary>
internal sealed class EditionVocabulary
{
    private readonly HashSet<ulong> _words = [];
    private readonly HashSet<ulong> _pairs = [];

    public EditionVocabulary(EditionProfile profile)
    {
        foreach (var sentence in profile.Sentences)
        {
            Add(sentence.Words);
        }

        foreach (var node in profile.Nodes)
        {
            Add(TextFold.WordHashes(node.Node.Title));
        }
    }

    /// <summary>True when the phrase's words occur in the edition, each neighbouring pair of them side by side somewhere.</summary>
    public bool Mentions(string phrase)
    {
        var words = TextFold.WordHashes(phrase);
        if (words.Length == 0)
        {
            return true;
        }

        if (words.Length == 1)
        {
            return _words.Contains(words[0]);
        }

        for (var i = 1; i < words.Length; i++)
        {
            if (!_pairs.Contains(Pair(words[i - 1], words[i])))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(ulong[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            _words.Add(words[i]);
            if (i > 0)
            {
                _pairs.Add(Pair(words[i - 1], words[i]));
            }
        }
    }

    private static ulong Pair(ulong a, ulong b) => (a * 0x9E3779B97F4A7C15UL) ^ b;
}
