using KzDiff.Core.Comparison.Sentences;

namespace KzDiff.Core.Tests.Comparison.Sentences;

/// <summary>Hash sequences stand for sentence lists: equal numbers are equal sentences.</summary>
public sealed class AnchorMatcherTests
{
    private static List<(int A, int B)> Match(ulong[] a, ulong[] b)
    {
        var matches = new List<(int A, int B)>();
        AnchorMatcher.Match(a, b, matches);

        // Whatever the route (prefix, anchors, LCS, suffix), every match pairs equal hashes and
        // the matches never cross: they are an alignment, not just a set of equal pairs.
        Assert.That(matches.All(m => a[m.A] == b[m.B]), Is.True, "a match pairs different hashes");
        var ordered = matches.OrderBy(m => m.A).ToList();
        Assert.That(ordered.Zip(ordered.Skip(1)).All(p => p.First.A < p.Second.A && p.First.B < p.Second.B), Is.True, "matches cross or repeat");
        return ordered;
    }

    [Test]
    public void Match_PairsEveryPosition_WhenSequencesAreEqual()
    {
        Assert.That(Match([1, 2, 3, 4], [1, 2, 3, 4]), Is.EqualTo(new[] { (0, 0), (1, 1), (2, 2), (3, 3) }));
    }

    [Test]
    public void Match_SkipsTheInsertedSentence_WhenOneIsAddedInTheMiddle()
    {
        Assert.That(Match([1, 2, 3, 4], [1, 2, 9, 3, 4]), Is.EqualTo(new[] { (0, 0), (1, 1), (2, 3), (3, 4) }));
    }

    [Test]
    public void Match_KeepsUnchangedNeighbours_WhenASentenceIsReplaced()
    {
        Assert.That(Match([1, 2, 3, 4, 5], [1, 2, 7, 4, 5]), Is.EqualTo(new[] { (0, 0), (1, 1), (3, 3), (4, 4) }));
    }

    [Test]
    public void Match_AnchorsOnUniqueSentences_WhenRepeatedOnesSurroundThem()
    {
        // 5 and 6 occur once on each side; the repeated 1s between them only match within the
        // stretches the anchors mark out, so no 1 pairs with a 1 on the far side of an anchor.
        var matches = Match([1, 5, 1, 1, 6, 1], [5, 1, 6, 1, 1]);

        Assert.That(matches, Does.Contain((1, 0)).And.Contain((4, 2)));
        Assert.That(matches, Has.Count.EqualTo(4));
    }

    [Test]
    public void Match_KeepsTheLongerBlock_WhenTwoBlocksSwapPlaces()
    {
        // The 3-sentence block is kept in place; the 2-sentence block that crossed it is left to
        // the move detection, which pairs what the in-order alignment cannot.
        var matches = Match([1, 2, 3, 4, 5], [4, 5, 1, 2, 3]);

        Assert.That(matches, Is.EqualTo(new[] { (0, 2), (1, 3), (2, 4) }));
    }

    [Test]
    public void Match_FindsTheLongestCommonRun_WhenNoSentenceIsUnique()
    {
        var matches = Match([5, 6, 5, 6], [6, 5, 6, 5]);

        Assert.That(matches, Has.Count.EqualTo(3));
    }

    [Test]
    public void Match_LeavesALargeAmbiguousGapUnmatched_InsteadOfAQuadraticSearch()
    {
        // 200 by 200 repeated sentences with nothing unique: an exact LCS would need 40,000
        // cells, over the budget, so the gap is left to the similarity matcher and to moves.
        var a = Enumerable.Range(0, 200).Select(i => (ulong)(1 + (i % 2))).ToArray();
        var b = Enumerable.Range(0, 200).Select(i => (ulong)(2 - (i % 2))).ToArray();

        Assert.That(Match(a, b), Is.Empty);
    }

    [Test]
    public void Match_PairsPrefixAndSuffix_WhenTheMiddleIsTooAmbiguous()
    {
        var middle = Enumerable.Range(0, 200).Select(i => (ulong)(1 + (i % 2)));
        var otherMiddle = Enumerable.Range(0, 200).Select(i => (ulong)(2 - (i % 2)));
        ulong[] a = [100, .. middle, 200];
        ulong[] b = [100, .. otherMiddle, 200];

        Assert.That(Match(a, b), Is.EqualTo(new[] { (0, 0), (201, 201) }));
    }
}
