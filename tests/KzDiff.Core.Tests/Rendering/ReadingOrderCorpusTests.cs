using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;
using KzDiff.Core.Rendering;
using KzDiff.Core.Tests.Comparison;

namespace KzDiff.Core.Tests.Rendering;

/// <summary>The reading order over the real 2023→2024 restructurings (../shared/editions).</summary>
public sealed class ReadingOrderCorpusTests
{
    [TestCase("kazakhstan")]
    [TestCase("belarus")]
    public void Of_ListsEveryPairOnce_InTheNewEditionsOrder_WhenRestructured(string country)
    {
        var (comparison, outline, order) = Order(country);

        Assert.That(order.SelectMany(e => e.Pairs).Order(), Is.EqualTo(Enumerable.Range(0, comparison.Sections.Length)), "every pair once");
        var kept = order.Where(e => !e.Removed).Select(e => e.Path).ToList();
        Assert.That(kept, Is.EqualTo(outline.Where(kept.Contains)), "the new sections in the new edition's order");
        Assert.That(kept, Is.Unique, "a merge is one entry");
        for (var i = 0; i < order.Length; i++)
        {
            var parent = order[i].Parent;
            Assert.That(parent, Is.LessThan(i), $"{order[i].Path} comes after its parent");
            if (parent >= 0)
            {
                // Between a section and its parent stands nothing shallower than the section: it reads as the parent's child.
                Assert.That(order.Skip(parent + 1).Take(i - parent - 1).Select(e => e.Depth), Has.All.GreaterThanOrEqualTo(order[i].Depth), order[i].Path);
            }
        }
    }

    [Test]
    public void Of_PutsTheRemovedLgbtqiSubsectionsUnderSection6_NotUnderSecurityOfThePerson()
    {
        var (_, _, order) = Order("kazakhstan");

        var removed = order.Where(e => e.Removed && e.Title.Contains("Sexual Orientation", StringComparison.Ordinal)).ToList();
        Assert.That(removed, Is.Not.Empty);
        foreach (var entry in removed)
        {
            Assert.That(order[entry.Parent].Title, Does.Contain("Discrimination"), entry.Path);
        }
    }

    [Test]
    public void Of_TellsTheBelarusMergeInto2cOnce_WithItsOldParts()
    {
        var (_, _, order) = Order("belarus");

        var merge = order.Single(e => e.Title == "Prolonged Detention without Charges");
        Assert.That(merge.New!.Path, Is.EqualTo("2.c/prolonged-detention-without-charges"));
        Assert.That(merge.Merged, Is.True);
        Assert.That(merge.Olds.Select(o => o.Path), Has.Some.EqualTo("1.d"));
        Assert.That(merge.Olds.Select(o => o.Title), Has.Some.Contains("Pretrial Detention"));
        Assert.That(order[merge.Parent].Title, Is.EqualTo("c. Disappearance and Abduction"));
    }

    private static (EditionComparison Comparison, List<string> Outline, ImmutableArray<ReadingEntry> Order) Order(string country)
    {
        var older = ComparisonCorpus.StateGov(2023, country);
        var newer = ComparisonCorpus.StateGov(2024, country);
        var comparison = EditionComparer.Compare(older, newer);
        var outline = newer.Root.DescendantsAndSelf().Select(node => node.Path).ToList();
        var order = ReadingOrder.Of(comparison, [.. outline]);
        foreach (var entry in order)
        {
            TestContext.Out.WriteLine($"{new string(' ', entry.Depth * 2)}{entry.Path} | {entry.Title} | parent {entry.Parent} | pairs {entry.Pairs.Length}"
                + (entry.Removed ? " REMOVED" : "") + (entry.Merged ? " merged from " + string.Join(", ", entry.Olds.Select(o => o.Path)) : "")
                + (entry.MovedFrom ? " from " + entry.Olds[0].Path : "") + (entry.SplitFrom ? " split" : "") + (entry.WentTo.IsEmpty ? "" : " went to " + string.Join(", ", entry.WentTo.Select(w => w.Path))));
        }

        return (comparison, outline, order);
    }
}
