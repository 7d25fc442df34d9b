using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Words;

namespace KzDiff.Core.Tests.Comparison;

public sealed class WordDifferTests
{
    [TestCase("In 2018, police detained 12 activists in Almaty.", "In 2019, police detained 15 activists in Almaty and Nur-Sultan.")]
    [TestCase("A b c", "x y z")]
    [TestCase("", "Something new.")]
    [TestCase("Same text.", "Same text.")]
    public void Diff_RebuildsBothSentences_AndNeverRepeatsAnOperation(string before, string after)
    {
        var edits = WordDiffer.Diff(before, after);

        Assert.That(string.Concat(edits.Where(e => e.Operation != WordOperation.Insert).Select(e => e.Text)), Is.EqualTo(before));
        Assert.That(string.Concat(edits.Where(e => e.Operation != WordOperation.Delete).Select(e => e.Text)), Is.EqualTo(after));
        for (var i = 1; i < edits.Length; i++)
        {
            Assert.That(edits[i].Operation, Is.Not.EqualTo(edits[i - 1].Operation), "adjacent runs of one operation are merged");
        }
    }

    [Test]
    public void Diff_IsolatesTheChangedNumber_WhenOneNumberChanges()
    {
        var edits = WordDiffer.Diff("Police detained 12 activists.", "Police detained 15 activists.");

        Assert.That(edits.Select(e => (e.Operation, e.Text)), Is.EqualTo(new[]
        {
            (WordOperation.Equal, "Police detained "),
            (WordOperation.Delete, "12"),
            (WordOperation.Insert, "15"),
            (WordOperation.Equal, " activists."),
        }));
    }
}
