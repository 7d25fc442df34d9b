using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Core.Tests.Support;

namespace KzDiff.Core.Tests.Parsing;

public sealed class SectionTreeBuilderTests
{
    [Test]
    public void Build_SuffixesDuplicatePaths_SoEveryPathIsUnique()
    {
        var blocks = new[]
        {
            Heading("Section 6. Discrimination"), Heading("Women"), Paragraph("First."), Heading("Women"), Paragraph("Second."), Heading("Women"), Paragraph("Third."),
        };

        var root = SectionTreeBuilder.Build("Doc", blocks);

        Assert.That(root.Children[0].Children.Select(c => c.Path), Is.EqualTo(new[] { "6/women", "6/women-2", "6/women-3" }));
    }

    [Test]
    public void Build_SuffixesEveryRepeat_WhenThousandsOfHeadingsRepeat()
    {
        var root = SectionTreeBuilder.Build("Doc", RepeatedHeadings(20_000), TenfoldBudget());

        Assert.That(root.Children[0].Children, Has.Length.EqualTo(20_000));
        Assert.That(root.Children[0].Children[^1].Path, Is.EqualTo("1/women-20000"));
    }

    [Test]
    public void Build_GrowsLinearly_WhenHeadingsRepeat()
    {
        // Finding a free suffix by counting up from 2 for every repeat would try (and build) a
        // candidate path per earlier repeat: 16 times the work for 4 times the headings. Linear
        // work stays near 4. Counted in bytes allocated, which no other process can disturb.
        var (small, large) = (RepeatedHeadings(5_000), RepeatedHeadings(20_000));

        var growth = WorkGrowth.AllocationRatio(() => SectionTreeBuilder.Build("Doc", small, TenfoldBudget()), () => SectionTreeBuilder.Build("Doc", large, TenfoldBudget()));

        Assert.That(growth, Is.LessThan(6), "4x the headings allocated this many times as much");
    }

    // Ten times the default limits: the path suffixes, not the limits, must keep this linear.
    private static ParseBudget TenfoldBudget() => new(new EditionParserOptions { MaxHeadings = 20_001, MaxSections = 20_001 });

    private static List<SourceBlock> RepeatedHeadings(int count)
    {
        var blocks = new List<SourceBlock> { Heading("Section 1. Integrity") };
        for (var i = 0; i < count; i++)
        {
            blocks.Add(Heading("Women"));
            blocks.Add(Paragraph("Text."));
        }

        return blocks;
    }

    [Test]
    public void Build_KeepsTextBeforeFirstHeading_OnDocument()
    {
        var root = SectionTreeBuilder.Build("Doc", [Paragraph("Preface."), Heading("Executive Summary"), Paragraph("Summary.")]);

        Assert.Multiple(() =>
        {
            Assert.That(root.Level, Is.EqualTo(SectionLevel.Document));
            Assert.That(root.Sentences, Is.EqualTo(new[] { "Preface." }));
            Assert.That(root.Children[0].Level, Is.EqualTo(SectionLevel.Summary));
        });
    }

    [Test]
    public void Build_TreatsLetteredHeadingAsSubheading_OutsideSections()
    {
        var root = SectionTreeBuilder.Build("Doc", [Heading("Executive Summary"), Heading("a. Note"), Paragraph("Text.")]);

        Assert.That(root.Children[0].Children[0].Level, Is.EqualTo(SectionLevel.Subheading));
    }

    [Test]
    public void Build_UsesNumberAsTitle_WhenSectionLabelHasNoTitle()
    {
        var root = SectionTreeBuilder.Build("Doc", [Heading("Section 4."), Paragraph("Corruption was widespread.")]);

        Assert.That(root.Children[0].Title, Is.EqualTo("Section 4"));
        Assert.That(root.Children[0].Path, Is.EqualTo("4"));
    }

    private static SourceBlock Heading(string text) => new(SourceBlockKind.Heading, text);

    private static SourceBlock Paragraph(string text) => new(SourceBlockKind.Paragraph, text);
}
