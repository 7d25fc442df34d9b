using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Words;

namespace KzDiff.Core.Tests.Comparison.Words;

public sealed class WordRunsTests
{
    [Test]
    public void Build_FoldsALoneSpaceIntoBothChangedRuns_WhenItSitsBetweenChanges()
    {
        var runs = new WordRuns("a b.", "c d.");
        runs.AddDelete(0, 1);
        runs.AddInsert(0, 1);
        runs.AddEqual(1, 1, 1);
        runs.AddDelete(2, 1);
        runs.AddInsert(2, 1);
        runs.AddEqual(3, 3, 1);

        Assert.That(runs.Build().Select(e => (e.Operation, e.Text)), Is.EqualTo(new[]
        {
            (WordOperation.Delete, "a b"),
            (WordOperation.Insert, "c d"),
            (WordOperation.Equal, "."),
        }));
    }

    [Test]
    public void Build_JoinsTheText_WhenTwoRunsOfOneOperationDoNotMeet()
    {
        var runs = new WordRuns("abcdef", "uvwxyz");
        runs.AddDelete(0, 1);
        runs.AddDelete(3, 2);
        runs.AddInsert(5, 1);

        Assert.That(runs.Build().Select(e => (e.Operation, e.Text)), Is.EqualTo(new[]
        {
            (WordOperation.Delete, "ade"),
            (WordOperation.Insert, "z"),
        }));
    }

    [Test]
    public void Build_LeavesOutEmptyRuns_WhenAStretchHasNoLength()
    {
        var runs = new WordRuns("same", "same");
        runs.AddEqual(0, 0, 0);
        runs.AddEqual(0, 0, 4);
        runs.AddDelete(4, 0);

        Assert.That(runs.Build().Select(e => (e.Operation, e.Text)), Is.EqualTo(new[] { (WordOperation.Equal, "same") }));
    }
}
