using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Alignment;

/// <summary>
/// Scores a candidate pair of sections from body, title and place in the outline. Weights were
/// tuned on the Kazakhstan editions 2016-2024: body text carries most of the weight because
/// titles are rewritten (2018→2019, 2023→2024) far more often than paragraphs are.
/// </summary>
internal sealed class SectionScorer
{
    /// <summary>Below this many shingles a text is too short for containment to mean anything.</summary>
    private const int MinShinglesForContainment = 15;

    private readonly EditionProfile _old;
    private readonly EditionProfile _new;
    private readonly int[] _oldToNew;

    public SectionScorer(EditionProfile old, EditionProfile @new, int[] oldToNew)
    {
        _old = old;
        _new = @new;
        _oldToNew = oldToNew;
    }

    public PairScore Score(int o, int n, bool subtrees = true)
    {
        var oldNode = _old.Nodes[o];
        var newNode = _new.Nodes[n];
        var (body, containment) = Body(oldNode, newNode, subtrees);
        var title = TitleSimilarity(oldNode.TitleWords, newNode.TitleWords);
        var sameParent = oldNode.Parent >= 0 && _oldToNew[oldNode.Parent] == newNode.Parent;
        var sameNumber = sameParent && oldNode.Node.Number is { } number && number == newNode.Node.Number;
        var bodyEvidence = Math.Max(body, 0.8 * containment);
        // Same level breaks ties between a heading and its own run-in child holding the same text.
        var sameLevel = oldNode.Node.Level == newNode.Node.Level;
        var total = (0.55 * bodyEvidence) + (0.30 * title) + (sameParent ? 0.10 : 0) + (sameNumber ? 0.05 : 0) + (sameLevel ? 0.03 : 0);
        return new PairScore(o, n, total, body, containment, title, sameParent, sameNumber);
    }

    /// <summary>Whether a scored candidate is good enough to become a pair.</summary>
    public static bool Acceptable(PairScore score)
    {
        var bodyEvidence = Math.Max(score.Body, 0.8 * score.Containment);
        if (bodyEvidence >= 0.25)
        {
            return score.Total >= 0.2;
        }

        if (score.Title >= 0.5)
        {
            return score.SameParent || score.Title >= 0.8 || bodyEvidence >= 0.1;
        }

        return score.SameParent && score.SameNumber && bodyEvidence >= 0.1;
    }

    public (double Body, double Containment) Body(NodeProfile oldNode, NodeProfile newNode, bool subtrees = true)
    {
        var a = oldNode.Shingles;
        var b = newNode.Shingles;
        double body = 0, containment = 0;
        if (a.Length > 0 && b.Length > 0)
        {
            var common = TextFold.IntersectionCount(a, b);
            body = 2.0 * common / (a.Length + b.Length);
            var smaller = Math.Min(a.Length, b.Length);
            if (smaller >= MinShinglesForContainment)
            {
                containment = (double)common / smaller;
            }
        }

        if (subtrees && (oldNode.Children.Count > 0 || newNode.Children.Count > 0))
        {
            var oldTree = oldNode.SubtreeShingles(_old);
            var newTree = newNode.SubtreeShingles(_new);
            if (oldTree.Length > 0 && newTree.Length > 0)
            {
                var common = TextFold.IntersectionCount(oldTree, newTree);
                body = Math.Max(body, 2.0 * common / (oldTree.Length + newTree.Length));

                // Containment across subtrees finds a heading whose text now sits under run-in
                // headings ("Transnational Repression" / "Threats, ...:"), but only between trees
                // of like size: every ancestor contains its descendants.
                int smaller = Math.Min(oldTree.Length, newTree.Length), larger = Math.Max(oldTree.Length, newTree.Length);
                if (smaller >= MinShinglesForContainment && larger <= 3 * smaller)
                {
                    containment = Math.Max(containment, (double)common / smaller);
                }
            }
        }

        return (body, containment);
    }

    /// <summary>Dice of the content words, raised when one title's words all appear in the other ("Disappearance" in "Disappearance and Abduction").</summary>
    public static double TitleSimilarity(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var common = TextFold.IntersectionCount(a, b);
        var dice = 2.0 * common / (a.Length + b.Length);
        // A short title inside a long one counts only when it is most of it: "Disappearance" in
        // "Disappearance and Abduction" yes, "Life" in "Arbitrary Deprivation of Life ..." no.
        int smaller = Math.Min(a.Length, b.Length), larger = Math.Max(a.Length, b.Length);
        var contained = common == smaller && larger <= (2 * smaller) + 1;
        return Math.Max(dice, contained ? 0.8 : 0);
    }
}
