using KzDiff.Core.Comparison.Sentences;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Tests.Comparison.Sentences;

public sealed class GapMatcherTests
{
    private const string Courts = "Human rights lawyers reported that courts in the capital routinely ignored evidence of torture presented by defense attorneys.";
    private const string Prisons = "Prison conditions were harsh and sometimes life threatening because of overcrowding and poor medical care.";
    private const string Ombudsman = "The ombudsman visited eleven detention facilities during the year and published two critical reports.";
    private const string Elections = "Observers said the parliamentary elections lacked genuine competition and respect for fundamental freedoms.";

    private static List<GapMatch> Match(string[] oldSentences, string[] newSentences) =>
        Match(oldSentences, Enumerable.Range(0, oldSentences.Length).ToArray(), newSentences, Enumerable.Range(0, newSentences.Length).ToArray());

    private static List<GapMatch> Match(string[] oldSentences, int[] oldGap, string[] newSentences, int[] newGap)
    {
        var matches = new List<GapMatch>();
        GapMatcher.Match(Profiles(oldSentences), oldGap, Profiles(newSentences), newGap, matches);
        return matches;
    }

    private static List<SentenceProfile> Profiles(string[] sentences) => [.. sentences.Select((s, i) => new SentenceProfile(s, 0, i))];

    [Test]
    public void Match_PairsOneToOne_WhenAFewWordsChanged()
    {
        var matches = Match(
            ["Police detained 40 protesters in the capital after the rally on Monday."],
            ["Police detained 65 protesters in the capital after the rally on Monday."]);

        Assert.That(matches, Is.EqualTo(new[] { new GapMatch(0, 0, 1, 1) }));
    }

    [Test]
    public void Match_PairsNothing_WhenSentencesAreUnrelated()
    {
        Assert.That(Match([Prisons], [Elections]), Is.Empty);
    }

    [Test]
    public void Match_PairsOneOldWithTwoNew_WhenASentenceIsSplit()
    {
        var matches = Match(
            [Courts],
            ["Human rights lawyers reported that courts in the capital routinely ignored evidence.", "Such evidence of torture was presented by defense attorneys."]);

        Assert.That(matches, Is.EqualTo(new[] { new GapMatch(0, 0, 1, 2) }));
    }

    [Test]
    public void Match_PairsTwoOldWithOneNew_WhenSentencesAreJoined()
    {
        var matches = Match(
            [Prisons, Ombudsman],
            ["Prison conditions were harsh and sometimes life threatening because of overcrowding and poor medical care, and the ombudsman visited eleven detention facilities during the year and published two critical reports."]);

        Assert.That(matches, Is.EqualTo(new[] { new GapMatch(0, 0, 2, 1) }));
    }

    [Test]
    public void Match_KeepsOrder_WhenTwoChangedSentencesSwapPlaces()
    {
        // Order-keeping pairs one of the two; the other is found later as a move.
        var matches = Match(
            [Prisons, Ombudsman],
            [Ombudsman.Replace("eleven", "twelve", StringComparison.Ordinal), Prisons.Replace("harsh", "very harsh", StringComparison.Ordinal)]);

        Assert.That(matches, Has.Count.EqualTo(1));
    }

    [Test]
    public void Match_ReportsEditionPositions_NotPositionsInTheGap()
    {
        string[] older = [Elections, Courts, Prisons];
        string[] newer = [Ombudsman, Elections, Prisons.Replace("harsh", "very harsh", StringComparison.Ordinal)];

        var matches = Match(older, [2], newer, [2]);

        Assert.That(matches, Is.EqualTo(new[] { new GapMatch(2, 2, 1, 1) }));
    }

    [Test]
    public void Match_PairsEverySentence_WhenALongGapIsCutIntoBlocks()
    {
        // 120 sentences on each side is more than one block; every sentence changed in place is still paired with its own.
        var older = Enumerable.Range(1, 120).Select(i => $"In district {i} the authorities closed {i * 3} newspapers and detained editor number {i}.").ToArray();
        var newer = older.Select(s => s.Replace("closed", "shut down", StringComparison.Ordinal)).ToArray();

        var matches = Match(older, newer);

        Assert.That(matches.Select(m => (m.Old, m.New, m.OldCount, m.NewCount)), Is.EqualTo(Enumerable.Range(0, 120).Select(i => (i, i, 1, 1))));
    }
}
