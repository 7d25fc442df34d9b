using System.Collections.Immutable;
using KzDiff.Core.Editions;
using KzDiff.Service.Trends;

namespace KzDiff.Service.Tests.Trends;

public sealed class TermCounterTests
{
    [Test]
    public void Count_CountsSubstringsOfWords_WhenTermIsAStem()
    {
        Assert.That(TermCounter.Count("journalists and journalism; a journal", "journalis"), Is.EqualTo(2));
    }

    [Test]
    public void Count_DoesNotOverlap_WhenOccurrencesShareCharacters()
    {
        // As str.count: "aaaa" holds "aa" twice, not three times.
        Assert.That(TermCounter.Count("aaaa", "aa"), Is.EqualTo(2));
    }

    [Test]
    public void Count_ReturnsZero_WhenTermEmpty()
    {
        Assert.That(TermCounter.Count("anything", ""), Is.Zero);
    }

    [Test]
    public void Fold_LowersAndCollapsesSpaces_WhenTermIsAPhrase()
    {
        Assert.That(TrendTerms.Fold("  Climate \t CHANGE "), Is.EqualTo("climate change"));
    }

    [Test]
    public void Parse_Throws_WhenNoTermGiven()
    {
        var ex = Assert.Throws<TrendQueryException>(() => TrendTerms.Parse(" , ,"));
        Assert.That(ex!.Field, Is.EqualTo("terms"));
    }

    [Test]
    public void Parse_Throws_WhenTooManyTerms()
    {
        var terms = string.Join(',', Enumerable.Range(0, TrendTerms.MaxTerms + 1).Select(i => "t" + i));
        Assert.Throws<TrendQueryException>(() => TrendTerms.Parse(terms));
    }

    [Test]
    public void Parse_KeepsFirstOfDuplicates_WhenTermsDifferOnlyInCase()
    {
        Assert.That(TrendTerms.Parse("Torture, torture ,LGBT"), Is.EqualTo(new[] { "torture", "lgbt" }));
    }

    [Test]
    public void Build_KeepsRunInHeadingAtParagraphStart_AndLeavesOtherHeadingsOut()
    {
        var text = EditionTextBuilder.Build(Guid.NewGuid(), Fictional());

        Assert.That(text.Text, Does.Not.Contain("Section 1"), "stand-alone headings are not paragraph text");
        Assert.That(text.Text, Does.Contain("Physical Conditions: Cells were Overcrowded."));
        Assert.That(text.Folded, Does.Contain("physical conditions: cells were overcrowded."));
        Assert.That(text.Folded.Length, Is.EqualTo(text.Text.Length));
        Assert.That(text.Words, Is.EqualTo(2 + 5 + 5), "whitespace-separated words, run-in heading included");
    }

    [Test]
    public void SentenceAt_ReturnsPrintedSentence_WhenOffsetInsideIt()
    {
        var text = EditionTextBuilder.Build(Guid.NewGuid(), Fictional());
        var at = text.Folded.IndexOf("again", StringComparison.Ordinal);

        Assert.That(text.SentenceAt(at).Sentence, Is.EqualTo("Torture happened again."));
        Assert.That(text.SectionAt(at).Path, Is.EqualTo("1"));
    }

    [Test]
    public void Select_KeepsSubtree_WhenFilterIsPathOrKey()
    {
        var text = EditionTextBuilder.Build(Guid.NewGuid(), Fictional());

        var byPath = SectionSelection.Of(text, "1");
        var byKey = SectionSelection.Of(text, "physical-conditions");
        Assert.That(byPath.Words, Is.EqualTo(10));
        Assert.That(byKey.Words, Is.EqualTo(5));
        Assert.That(byKey.Holds(text.Folded.IndexOf("cells", StringComparison.Ordinal)), Is.True);
        Assert.That(byKey.Holds(text.Folded.IndexOf("torture", StringComparison.Ordinal)), Is.False);
        Assert.That(SectionSelection.Of(text, "no-such-section").Words, Is.Zero);
    }

    private static Edition Fictional()
    {
        var runIn = new SectionNode(
            "Physical Conditions", "physical-conditions", "1/physical-conditions", SectionLevel.RunIn, null,
            [new Paragraph(["Cells were Overcrowded."])], []);
        var section = new SectionNode(
            "Section 1. Torture", "torture", "1", SectionLevel.Section, "1",
            [new Paragraph(["Torture occurred.", "Torture happened again."])], [runIn]);
        var summary = new SectionNode(
            "Executive Summary", "executive-summary", "executive-summary", SectionLevel.Summary, null,
            [new Paragraph(["A republic."])], []);
        var root = new SectionNode("FREEDONIA", "", "", SectionLevel.Document, null, [], [summary, section]);
        return new Edition(new EditionMetadata("freedonia", "Freedonia", 2023, "x", "sha", EditionFormat.PlainText), root);
    }
}
