using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;

namespace KzDiff.Core.Tests.Rendering;

public sealed class ReadingOrderTests
{
    [Test]
    public void Of_FollowsTheNewOutline_WhenASectionMovedUp()
    {
        // Old 1.c Torture became 3.a; an added Section 3 heads it. The engine lists pairs in old order.
        var comparison = Comparison(
            Kept("1", "1"),
            Kept("1.c", "3.a", "c. Torture", "a. Torture"),
            Kept("2", "2"),
            Added("3", "Section 3. Security of the Person"));

        var order = ReadingOrder.Of(comparison, ["1", "2", "3", "3.a"]);

        Assert.That(order.Select(e => e.Path), Is.EqualTo(new[] { "1", "2", "3", "3.a" }));
        var torture = order.Single(e => e.Path == "3.a");
        Assert.That(torture.MovedFrom, Is.True);
        Assert.That(torture.Olds.Single().Path, Is.EqualTo("1.c"));
        Assert.That(order[torture.Parent].Path, Is.EqualTo("3"), "under its new parent, the added Section 3");
        Assert.That(order.Single(e => e.Path == "3").Added, Is.True);
    }

    [Test]
    public void Of_TellsAMergeOnce_WithEveryOldPartInOldOrder()
    {
        var comparison = Comparison(
            Kept("1.d", "2.c", "d. Arbitrary Arrest", "c. Prolonged Detention", merged: true),
            Kept("1.d/pretrial-detention", "2.c", "Pretrial Detention", "c. Prolonged Detention", merged: true),
            Kept("2", "2"),
            Kept("2.a", "2.a"));

        var order = ReadingOrder.Of(comparison, ["2", "2.a", "2.c"]);

        Assert.That(order.Select(e => e.Path), Is.EqualTo(new[] { "2", "2.a", "2.c" }), "one entry for the merge, no title twice");
        var merge = order[2];
        Assert.That(merge.Merged, Is.True);
        Assert.That(merge.Olds.Select(o => o.Path), Is.EqualTo(new[] { "1.d", "1.d/pretrial-detention" }));
        Assert.That(merge.Pairs, Is.EqualTo(new[] { 0, 1 }), "both parts' rows under the one entry");
        Assert.That(order[merge.Parent].Path, Is.EqualTo("2"));
    }

    [Test]
    public void Of_PlacesARemovedSubsectionUnderItsOldParent_NotUnderTheAddedSectionBeforeIt()
    {
        // Kazakhstan 2024: Security of the Person added; the LGBTQI+ subsections of Section 6 removed.
        var comparison = Comparison(
            Kept("5", "5"),
            Kept("6", "6", "Section 6. Discrimination and Societal Abuses", "Section 6. Discrimination and Societal Abuses"),
            Kept("6/women", "6/women", "Women", "Women"),
            Removed("6/lgbtqi", "Acts of Violence Based on Sexual Orientation"),
            Kept("6/children", "6/children", "Children", "Children"),
            Added("3", "Section 3. Security of the Person"));

        var order = ReadingOrder.Of(comparison, ["3", "5", "6", "6/women", "6/women/rape", "6/children"]);

        Assert.That(order.Select(e => e.Path), Is.EqualTo(new[] { "3", "5", "6", "6/women", "6/lgbtqi", "6/children" }));
        var removed = order[4];
        Assert.That(removed.Removed, Is.True);
        Assert.That(order[removed.Parent].Path, Is.EqualTo("6"));
    }

    [Test]
    public void Of_PlacesARemovedSectionAfterItsNeighboursNewSubsections()
    {
        // The removed 2.b followed 2.a, which gained a sub-heading in the new edition: 2.b goes after it, not between.
        var comparison = Comparison(
            Kept("2.a", "2.a"),
            Removed("2.b", "b. Freedom of Assembly"),
            Added("2.a/internet", "Internet Freedom"),
            Kept("2.c", "2.c"));

        var order = ReadingOrder.Of(comparison, ["2.a", "2.a/internet", "2.c"]);

        Assert.That(order.Select(e => e.Path), Is.EqualTo(new[] { "2.a", "2.a/internet", "2.b", "2.c" }));
    }

    [Test]
    public void Of_SaysWhereARemovedSectionsTextWent()
    {
        var moved = new SentenceChange(SentenceStatus.Moved, ChangeKind.Substantive, "Police beat detainees.", null, null, "3.a", []);
        var comparison = Comparison(
            Removed("1.c", "c. Torture") with { Sentences = [moved] },
            Kept("2", "2"),
            Added("3.a", "a. Torture"));

        var order = ReadingOrder.Of(comparison, ["2", "3.a"]);

        var removed = order.Single(e => e.Removed);
        Assert.That(removed.WentTo.Select(w => w.Path), Is.EqualTo(new[] { "3.a" }));
        Assert.That(order.Select(e => e.Path), Is.EqualTo(new[] { "1.c", "2", "3.a" }), "the first section, removed, stays before its old neighbour");
    }

    [Test]
    public void Of_MarksEachPartOfASplit_InNewOrder()
    {
        var comparison = Comparison(
            Kept("2.a", "2.a", "a. Freedom of Expression", "a. Freedom of Expression", split: true),
            Kept("2.a", "2.b", "a. Freedom of Expression", "b. Freedom of the Press", split: true));

        var order = ReadingOrder.Of(comparison, ["2.a", "2.b"]);

        Assert.That(order.Select(e => (e.Path, e.SplitFrom)), Is.EqualTo(new[] { ("2.a", true), ("2.b", true) }));
        Assert.That(order.Any(e => e.MovedFrom), Is.False, "a split part is not also a move");
    }

    [Test]
    public void Of_OrdersByNumber_WhenTheStoreDoesNotListTheNewOutline()
    {
        var comparison = Comparison(
            Kept("executive-summary", "executive-summary"),
            Kept("1.c", "3.a"),
            Kept("1.c/prisons", "3.a/prisons"),
            Kept("2", "2"),
            Added("3", "Section 3. Security of the Person"),
            Kept("2.b", "2.b"));

        var order = ReadingOrder.Of(comparison);

        Assert.That(order.Select(e => e.Path), Is.EqualTo(new[] { "executive-summary", "2", "2.b", "3", "3.a", "3.a/prisons" }));
    }

    [Test]
    public void Render_HtmlAndTextFollowTheReadingOrder_WhileJsonKeepsThePairOrder()
    {
        var comparison = Comparison(
            Kept("1.c", "3.a", "c. Torture", "a. Torture"),
            Kept("2", "2", "Section 2. Liberty", "Section 2. Liberty"),
            Added("3", "Section 3. Security of the Person"));
        var options = new RenderOptions { NewOutline = ["2", "3", "3.a"] };

        foreach (var format in new[] { ComparisonFormat.Html, ComparisonFormat.Text })
        {
            var text = ComparisonRenderer.Render(comparison, format, options);
            var (liberty, security, torture) = (text.IndexOf("Liberty", StringComparison.Ordinal), text.IndexOf("Security of the Person", StringComparison.Ordinal), text.IndexOf("Torture", StringComparison.Ordinal));
            Assert.That(liberty, Is.GreaterThan(0), format.ToString());
            Assert.That(security, Is.GreaterThan(liberty).And.LessThan(torture), format.ToString());
        }

        // The contract keeps the engine's order, in which the anchors are made unique.
        var json = ComparisonRenderer.Render(comparison, ComparisonFormat.Json, options);
        Assert.That(json.IndexOf("Torture", StringComparison.Ordinal), Is.LessThan(json.IndexOf("Section 2. Liberty", StringComparison.Ordinal)));
    }

    [TestCase("1.c/prison-conditions/physical", 3)]
    [TestCase("1.c", 1)]
    [TestCase("1", 0)]
    [TestCase("executive-summary/recent", 1)]
    [TestCase("", 0)]
    public void Depth_CountsNumberAndSubheadings(string path, int depth) =>
        Assert.That(ReadingOrder.Depth(path), Is.EqualTo(depth));

    private static SectionChange Kept(string oldPath, string newPath, string? oldTitle = null, string? newTitle = null, bool merged = false, bool split = false) =>
        new(SectionStatus.Modified, false, oldPath != newPath, split, merged,
            new SectionReference(oldPath, oldTitle ?? oldPath), new SectionReference(newPath, newTitle ?? newPath), 1, 1, [], []);

    private static SectionChange Added(string path, string title) =>
        new(SectionStatus.Added, false, false, false, false, null, new SectionReference(path, title), 0, 1, [], []);

    private static SectionChange Removed(string path, string title) =>
        new(SectionStatus.Removed, false, false, false, false, new SectionReference(path, title), null, 0, 1, [], []);

    private static EditionComparison Comparison(params SectionChange[] sections) =>
        RenderingSamples.Comparison() with { Sections = [.. sections], Summary = KzDiff.Core.Comparison.Summaries.ComparisonSummary.Empty };
}
