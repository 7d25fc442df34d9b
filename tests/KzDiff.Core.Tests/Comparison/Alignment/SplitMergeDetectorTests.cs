using KzDiff.Core.Comparison.Alignment;
using KzDiff.Core.Editions;
using static KzDiff.Core.Tests.Comparison.TestTrees;

namespace KzDiff.Core.Tests.Comparison.Alignment;

/// <summary>
/// The detector runs inside <see cref="SectionAligner"/>, which owns the pairs it adds; each
/// outline below leaves exactly the sections unpaired that one of its rules is for.
/// </summary>
public sealed class SplitMergeDetectorTests
{
    private static readonly string[] Movement =
    [
        "The law provides for freedom of internal movement, foreign travel, emigration, and repatriation, and the government generally respected these rights.",
        "Citizens who wished to travel abroad needed an exit permit from the local police department, which officials sometimes delayed for months.",
        "Residents of border districts reported frequent identity checks at roadblocks set up by the security services.",
    ];

    private static readonly string[] Refugees =
    [
        "The government cooperated with the Office of the UN High Commissioner for Refugees in providing protection and assistance to refugees and asylum seekers.",
        "Asylum seekers from neighboring countries waited up to two years for a decision, during which they could not legally work.",
        "Several applicants were deported before their appeals were heard, according to a local legal aid organization.",
    ];

    private static (SectionAlignment Alignment, EditionProfile Old, EditionProfile New) Align(SectionNode older, SectionNode newer)
    {
        var (old, @new) = (EditionProfile.Build(Root(older)), EditionProfile.Build(Root(newer)));
        return (SectionAligner.Align(old, @new), old, @new);
    }

    private static NodePair Pair((SectionAlignment Alignment, EditionProfile Old, EditionProfile New) result, string oldPath, string newPath) =>
        result.Alignment.Pairs.Single(p => p.OldNode >= 0 && p.NewNode >= 0
            && result.Old.Nodes[p.OldNode].Node.Path == oldPath && result.New.Nodes[p.NewNode].Node.Path == newPath);

    [Test]
    public void Detect_PairsTheNewPieceWithItsSource_WhenASectionIsSplit()
    {
        var result = Align(
            Node("2", "Civil Liberties", [], Node("2.d", "d. Freedom of Movement", [.. Movement, .. Refugees])),
            Node("2", "Civil Liberties", [], Node("2.d", "d. Freedom of Movement", Movement), Node("2.f", "f. Asylum", Refugees)));

        var piece = Pair(result, "2.d", "2.f");
        Assert.Multiple(() =>
        {
            Assert.That((piece.Split, piece.Merged, piece.Continuation), Is.EqualTo((true, false, false)));
            Assert.That(piece.Evidence.Single(), Does.Match(@"^\d+ ?% of its text comes from 2\.d$"));
            Assert.That(Pair(result, "2.d", "2.d").Split, Is.True, "the section that was split says so too");
            Assert.That(piece.OldHome, Is.False, "the old section's unmatched sentences are listed once, on its first pair");
        });
    }

    [Test]
    public void Detect_PairsTheOldPieceWithItsTarget_WhenSectionsAreMerged()
    {
        var result = Align(
            Node("2", "Civil Liberties", [], Node("2.d", "d. Freedom of Movement", Movement), Node("2.f", "f. Asylum", Refugees)),
            Node("2", "Civil Liberties", [], Node("2.d", "d. Freedom of Movement", [.. Movement, .. Refugees])));

        var piece = Pair(result, "2.f", "2.d");
        Assert.Multiple(() =>
        {
            Assert.That((piece.Merged, piece.Split), Is.EqualTo((true, false)));
            Assert.That(piece.Evidence.Single(), Does.Match(@"^\d+ ?% of its text went to 2\.d$"));
            Assert.That(Pair(result, "2.d", "2.d").Merged, Is.True);
            Assert.That(piece.NewHome, Is.False);
        });
    }

    [Test]
    public void Detect_UsesTheOldHeadingsList_WhenThePieceHasTooLittleTextToTrace()
    {
        // "Protection of Refugees" is one of the titles the old heading listed; its one short
        // sentence has too few word triples to trace by text.
        var result = Align(
            Node("2", "Civil Liberties", [], Node("2.d", "d. Freedom of Movement and Protection of Refugees", Movement)),
            Node("2", "Civil Liberties", [], Node("2.d", "d. Freedom of Movement", Movement), Node("2.f", "f. Protection of Refugees", ["No cases were reported."])));

        var piece = Pair(result, "2.d", "2.f");
        Assert.That(piece.Split, Is.True);
        Assert.That(piece.Evidence.Single(), Is.EqualTo("title is part of \"d. Freedom of Movement and Protection of Refugees\""));
    }

    [Test]
    public void Detect_MarksAContinuationNotASplit_WhenTextGoesOnUnderANewSubheadingOfTheSameSection()
    {
        var result = Align(
            Node("2.d", "d. Freedom of Movement", [.. Movement, .. Refugees]),
            Node("2.d", "d. Freedom of Movement", Movement, Node("2.d/asylum", "Asylum", Refugees)));

        var piece = Pair(result, "2.d", "2.d/asylum");
        Assert.Multiple(() =>
        {
            Assert.That((piece.Continuation, piece.Split), Is.EqualTo((true, false)));
            Assert.That(piece.Evidence, Does.Contain("now under a new sub-heading of 2.d"));
            Assert.That(Pair(result, "2.d", "2.d").Split, Is.False);
        });
    }

    [Test]
    public void Detect_LeavesASectionAdded_WhenNothingOldContainsIt()
    {
        var result = Align(
            Node("2", "Civil Liberties", [], Node("2.d", "d. Freedom of Movement", Movement)),
            Node("2", "Civil Liberties", [], Node("2.d", "d. Freedom of Movement", Movement), Node("2.f", "f. Asylum", Refugees)));

        var added = result.Alignment.Pairs.Where(p => p.NewNode >= 0 && result.New.Nodes[p.NewNode].Node.Path == "2.f").ToList();
        Assert.That(added.Select(p => p.OldNode), Is.EqualTo(new[] { -1 }));
        Assert.That(result.Alignment.Pairs.Any(p => p.Split || p.Merged), Is.False);
    }
}
