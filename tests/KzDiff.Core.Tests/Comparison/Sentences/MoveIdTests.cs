using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Sentences;
using KzDiff.Core.Rendering;
using static KzDiff.Core.Tests.Comparison.TestTrees;

namespace KzDiff.Core.Tests.Comparison.Sentences;

/// <summary>Each move has one id on both its rows, so every renderer pairs the two ends the same way.</summary>
public sealed class MoveIdTests
{
    private const string Intro = "The constitution and law prohibit such practices, and the government generally respected these prohibitions.";
    private const string Courts = "Human rights lawyers reported that courts in the capital routinely ignored evidence of torture presented by defense attorneys.";
    private const string Prisons = "Prison conditions were harsh and sometimes life threatening because of overcrowding and poor medical care.";
    private const string Ombudsman = "The ombudsman visited eleven detention facilities during the year and published two critical reports.";
    private const string Monitors = "Independent monitors were denied access to pretrial detention centers in three regions of the country.";
    private const string Closing = "Authorities investigated some of these reports but rarely brought charges against the officers involved.";

    [Test]
    public void Compare_GivesBothEndsOfEachMoveTheSameId_WhenTwoSentencesMove()
    {
        var older = Edition(2019,
            Node("1.c", "c. Torture", [Intro, Courts, Prisons, Monitors]),
            Node("1.d", "d. Arbitrary Arrest", [Ombudsman, Closing]));
        var newer = Edition(2020,
            Node("1.c", "c. Torture", [Intro, Prisons]),
            Node("1.d", "d. Arbitrary Arrest", [Ombudsman, Courts, Closing, Monitors.Replace("three", "four", StringComparison.Ordinal)]));

        var comparison = EditionComparer.Compare(older, newer);

        var moved = comparison.Sections.SelectMany(s => s.Sentences).Where(r => r.Status == SentenceStatus.Moved).ToList();
        Assert.That(moved, Has.Count.EqualTo(4));
        var byId = moved.GroupBy(r => r.MoveId).ToDictionary(g => g.Key!, g => g.ToList());
        Assert.That(byId.Keys, Is.EquivalentTo(new[] { "m1", "m2" }), "numbered in old document order");
        Assert.That(byId["m1"].Select(r => r.Old), Is.All.EqualTo(Courts));
        Assert.That(byId["m2"].Select(r => r.Old), Is.All.EqualTo(Monitors));
        foreach (var ends in byId.Values)
        {
            Assert.That(ends.Count(r => r.MovedTo == "1.d" && r.MovedFrom is null), Is.EqualTo(1), "one departure");
            Assert.That(ends.Count(r => r.MovedFrom == "1.c" && r.MovedTo is null), Is.EqualTo(1), "one arrival");
        }

        Assert.That(comparison.Sections.SelectMany(s => s.Sentences).Where(r => r.Status != SentenceStatus.Moved).Select(r => r.MoveId), Is.All.Null);
        Assert.That(comparison.EngineVersion, Is.EqualTo("5"));
    }

    [Test]
    public void MoveId_SurvivesTheJsonContract_OnBothEnds()
    {
        var older = Edition(2019, Node("1.c", "c. Torture", [Intro, Courts, Prisons]), Node("1.d", "d. Arbitrary Arrest", [Ombudsman, Closing]));
        var newer = Edition(2020, Node("1.c", "c. Torture", [Intro, Prisons]), Node("1.d", "d. Arbitrary Arrest", [Ombudsman, Courts, Closing]));

        var json = ComparisonJson.Write(EditionComparer.Compare(older, newer), indented: false);
        var back = ComparisonJson.Read(json);

        Assert.That(json.Split("\"moveId\":\"m1\"").Length - 1, Is.EqualTo(2), "written on the departure and the arrival");
        Assert.That(back.Sections.SelectMany(s => s.Sentences).Where(r => r.Status == SentenceStatus.Moved).Select(r => r.MoveId), Is.EqualTo(new[] { "m1", "m1" }));
        Assert.That(json, Does.Not.Contain("\"moveId\":null"), "left out on rows that are no move");
    }

    [Test]
    public void MoveAnchors_PairsEndsByIdAndWordsThemWithNumbering_WhenSentenceChangedSection()
    {
        var older = Edition(2019, Node("1.c", "c. Torture", [Intro, Courts, Prisons]), Node("1.d", "d. Arbitrary Arrest", [Ombudsman, Closing]));
        var newer = Edition(2020, Node("1.c", "c. Torture", [Intro, Prisons]), Node("1.d", "d. Arbitrary Arrest", [Ombudsman, Courts, Closing]));
        var comparison = EditionComparer.Compare(older, newer);
        var departure = comparison.Sections.Single(s => s.Old!.Path == "1.c").Sentences.Single(r => r.Status == SentenceStatus.Moved);
        var arrival = comparison.Sections.Single(s => s.Old!.Path == "1.d").Sentences.Single(r => r.Status == SentenceStatus.Moved);

        var moves = MoveAnchors.Assign(comparison);

        Assert.That(moves.OtherEnd(departure), Is.SameAs(arrival));
        Assert.That(moves.OtherEnd(arrival), Is.SameAs(departure));
        Assert.That(moves.For(departure), Is.EqualTo(("m1-out", "m1-in")));
        Assert.That(moves.Describe(departure), Is.EqualTo("moved to 1.d Arbitrary Arrest (2020 numbering)"));
        Assert.That(moves.Describe(arrival), Is.EqualTo("moved from 1.c Torture (2019 numbering)"));
        Assert.That(moves.IsReorder(arrival), Is.False);
    }

    [Test]
    public void MoveAnchors_CallsItAReorder_WhenBothEndsAreInOneSection()
    {
        var older = Edition(2019, Node("1.c", "c. Torture", [Intro, Courts, Prisons, Ombudsman, Closing]));
        var newer = Edition(2020, Node("1.c", "c. Torture", [Intro, Prisons, Ombudsman, Closing, Courts]));
        var comparison = EditionComparer.Compare(older, newer);
        var rows = comparison.Sections.Single().Sentences;
        var departure = rows.Single(r => r.Status == SentenceStatus.Moved && r.MovedTo is not null);
        var arrival = rows.Single(r => r.Status == SentenceStatus.Moved && r.MovedFrom is not null);

        var moves = MoveAnchors.Assign(comparison);

        Assert.That(departure.MoveId, Is.Not.Null.And.EqualTo(arrival.MoveId));
        Assert.That(moves.IsReorder(departure) && moves.IsReorder(arrival), Is.True);
        Assert.That(moves.Describe(departure), Is.EqualTo("moved further down in this section"));
        Assert.That(moves.Describe(arrival), Is.EqualTo("moved here from further up in this section"));
        Assert.That(moves.Describe(arrival), Does.Not.Contain("Torture"), "never 'moved here from' the section it is in");
    }

    [Test]
    public void MoveAnchors_LeavesEndUnpaired_WhenItsPartnerIsFilteredOut()
    {
        var older = Edition(2019, Node("1.c", "c. Torture", [Intro, Courts, Prisons]), Node("1.d", "d. Arbitrary Arrest", [Ombudsman, Closing]));
        var newer = Edition(2020, Node("1.c", "c. Torture", [Intro, Prisons]), Node("1.d", "d. Arbitrary Arrest", [Ombudsman, Courts, Closing]));
        var comparison = EditionComparer.Compare(older, newer);
        var view = ComparisonFilter.Apply(comparison, new RenderOptions(Section: "1.d"));
        var arrival = view.Sections.Single().Sentences.Single(r => r.Status == SentenceStatus.Moved);

        var moves = MoveAnchors.Assign(view);

        Assert.That(moves.OtherEnd(arrival), Is.Null);
        Assert.That(moves.For(arrival), Is.EqualTo(("m1-in", "m1-in")), "links to itself rather than to a wrong row");
        Assert.That(moves.Describe(arrival), Is.EqualTo("moved from 1.c (2019 numbering)"));
    }

    [Test]
    public void FoldAdjacentMoves_MakesOneModifiedRow_WhenDepartureAndArrivalAreNeighbours()
    {
        var words = ImmutableArray.Create(new WordEdit(WordOperation.Equal, "Police detained "), new WordEdit(WordOperation.Delete, "40"), new WordEdit(WordOperation.Insert, "65"), new WordEdit(WordOperation.Equal, " people."));
        var rows = ImmutableArray.CreateBuilder<SentenceChange>();
        rows.Add(new SentenceChange(SentenceStatus.Unchanged, ChangeKind.None, Intro, Intro, null, null, []));
        rows.Add(new SentenceChange(SentenceStatus.Moved, ChangeKind.Substantive, "Police detained 40 people.", "Police detained 65 people.", null, "1.c", words, MoveId: "m3"));
        rows.Add(new SentenceChange(SentenceStatus.Moved, ChangeKind.Substantive, "Police detained 40 people.", "Police detained 65 people.", "1.c", null, words, MoveId: "m3"));
        rows.Add(new SentenceChange(SentenceStatus.Moved, ChangeKind.None, Closing, Closing, null, "1.d", [], MoveId: "m4"));

        RowBuilder.FoldAdjacentMoves(rows);

        Assert.That(rows.Select(r => r.Status), Is.EqualTo(new[] { SentenceStatus.Unchanged, SentenceStatus.Modified, SentenceStatus.Moved }));
        Assert.That((rows[1].Old, rows[1].New, rows[1].MoveId, rows[1].Words.Length), Is.EqualTo(("Police detained 40 people.", "Police detained 65 people.", (string?)null, 4)));
        Assert.That(rows[2].MoveId, Is.EqualTo("m4"), "a move whose partner is elsewhere stays a move");
    }
}
