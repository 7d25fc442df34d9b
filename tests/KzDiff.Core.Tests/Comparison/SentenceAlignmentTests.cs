using KzDiff.Core.Comparison;
using static KzDiff.Core.Tests.Comparison.TestTrees;

namespace KzDiff.Core.Tests.Comparison;

public sealed class SentenceAlignmentTests
{
    private const string Intro = "The constitution and law prohibit such practices, and the government generally respected these prohibitions.";
    private const string Courts = "Human rights lawyers reported that courts in the capital routinely ignored evidence of torture presented by defense attorneys.";
    private const string Prisons = "Prison conditions were harsh and sometimes life threatening because of overcrowding and poor medical care.";
    private const string Ombudsman = "The ombudsman visited eleven detention facilities during the year and published two critical reports.";

    [Test]
    public void Compare_ReportsOneSplitRow_WhenSentenceIsSplitInTwo()
    {
        var older = Edition(2019, Node("1.c", "c. Torture", [Intro, Courts, Prisons]));
        var newer = Edition(2020, Node("1.c", "c. Torture", [Intro, "Human rights lawyers reported that courts in the capital routinely ignored evidence.", "Such evidence of torture was presented by defense attorneys.", Prisons]));

        var rows = EditionComparer.Compare(older, newer).Sections.Single().Sentences;

        var split = rows.Single(r => r.Status == SentenceStatus.Modified);
        Assert.That(split.Old, Is.EqualTo(Courts));
        Assert.That(split.Note, Is.EqualTo("split into 2 sentences"));
        Assert.That(rows.Count(r => r.Status == SentenceStatus.Unchanged), Is.EqualTo(2));
        Assert.That(rows.Any(r => r.Status is SentenceStatus.Added or SentenceStatus.Removed), Is.False);
    }

    [Test]
    public void Compare_ReportsOneMergedRow_WhenTwoSentencesAreJoined()
    {
        var older = Edition(2019, Node("1.c", "c. Torture", [Intro, Prisons, Ombudsman]));
        var newer = Edition(2020, Node("1.c", "c. Torture", [Intro, "Prison conditions were harsh and sometimes life threatening because of overcrowding and poor medical care, and the ombudsman visited eleven detention facilities during the year and published two critical reports."]));

        var rows = EditionComparer.Compare(older, newer).Sections.Single().Sentences;

        var merged = rows.Single(r => r.Status == SentenceStatus.Modified);
        Assert.That(merged.Note, Is.EqualTo("merged from 2 sentences"));
        Assert.That(merged.Old, Is.EqualTo(Prisons + " " + Ombudsman));
    }

    [Test]
    public void Compare_LinksBothEndsAndCountsOnce_WhenSentenceMovesToAnotherSection()
    {
        var older = Edition(2019, Node("1.c", "c. Torture", [Intro, Courts, Prisons]), Node("1.d", "d. Arbitrary Arrest", [Ombudsman, Intro + " Again."]));
        var newer = Edition(2020, Node("1.c", "c. Torture", [Intro, Prisons]), Node("1.d", "d. Arbitrary Arrest", [Ombudsman, Courts, Intro + " Again."]));

        var comparison = EditionComparer.Compare(older, newer);

        var source = comparison.Sections.Single(s => s.Old!.Path == "1.c").Sentences.Single(r => r.Status == SentenceStatus.Moved);
        var target = comparison.Sections.Single(s => s.Old!.Path == "1.d").Sentences.Single(r => r.Status == SentenceStatus.Moved);
        Assert.That((source.MovedTo, source.MovedFrom, source.Old), Is.EqualTo(("1.d", (string?)null, Courts)));
        Assert.That((target.MovedFrom, target.MovedTo, target.New), Is.EqualTo(("1.c", (string?)null, Courts)));
        Assert.That(comparison.Statistics.SentencesMoved, Is.EqualTo(1));
        Assert.That(comparison.Statistics.SentencesAdded + comparison.Statistics.SentencesRemoved, Is.Zero);
    }

    [Test]
    public void Compare_KeepsLongUnchangedRunsAligned_WhenOneSentenceInTheMiddleChanges()
    {
        var sentences = Enumerable.Range(1, 200).Select(i => $"Sentence number {i} describes case {i * 7} in region {i % 13} with details.").ToArray();
        var changed = (string[])sentences.Clone();
        changed[100] = "Sentence number 101 describes case 707 in region 10 with fuller details.";

        var rows = EditionComparer.Compare(Edition(2019, Node("1", "Life", sentences)), Edition(2020, Node("1", "Life", changed))).Sections.Single().Sentences;

        Assert.That(rows, Has.Length.EqualTo(200));
        Assert.That(rows.Count(r => r.Status == SentenceStatus.Unchanged), Is.EqualTo(199));
        Assert.That(rows[100].Status, Is.EqualTo(SentenceStatus.Modified));
    }
}
