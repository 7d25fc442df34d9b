using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Tests.Comparison;

/// <summary>
/// Pairs no annual comparison looks like. Each must finish with a sensible answer; the issue's
/// bound is 5 s, measured by <c>kzdiff bench --only bad-pairs</c>; here the ceiling is only a
/// guard against a hang or a quadratic blow-up (a quadratic pass over 10 MB takes hours), set
/// high enough that a loaded machine does not turn timing into flakiness.
/// </summary>
public sealed class BadPairTests
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(120);

    [Test]
    [Category("Corpus")]
    public void Compare_AlignsLittle_WhenCountriesDiffer()
    {
        var kazakhstan = ComparisonCorpus.StateGov(2020, "kazakhstan");
        var mexico = ComparisonCorpus.StateGov(2020, "mexico");

        var comparison = Timed(() => EditionComparer.Compare(kazakhstan, mexico));

        var rows = comparison.Sections.SelectMany(s => s.Sentences).ToList();
        var unchanged = rows.Count(r => r.Status == SentenceStatus.Unchanged);
        Assert.That(unchanged, Is.LessThan(rows.Count / 10), "two countries share only boilerplate");
        Assert.That(comparison.Statistics.SentencesAdded, Is.GreaterThan(500));
        Assert.That(comparison.Statistics.SentencesRemoved, Is.GreaterThan(500));
    }

    [Test]
    [Category("Corpus")]
    public void Compare_ReportsNoChange_WhenEditionMeetsItself()
    {
        var edition = ComparisonCorpus.StateGov(2019, "kazakhstan");

        var comparison = Timed(() => EditionComparer.Compare(edition, edition));

        Assert.That(comparison.Sections.All(s => s.Status == SectionStatus.Unchanged && !s.Renamed && !s.Moved && !s.Split && !s.Merged), Is.True);
        Assert.That(comparison.Statistics.SentencesUnchanged, Is.EqualTo(edition.Root.DescendantsAndSelf().Sum(n => n.Sentences.Count())));
        Assert.That(comparison.Statistics.SubstantiveChanges + comparison.Statistics.RoutineChanges + comparison.Statistics.FormattingChanges, Is.Zero);
    }

    [Test]
    [Category("Corpus")]
    public void Compare_ReportsEverythingAdded_WhenOldEditionIsEmpty()
    {
        var empty = TestTrees.Edition(2019, TestTrees.Root());
        var edition = ComparisonCorpus.StateGov(2020, "kazakhstan");

        var forward = Timed(() => EditionComparer.Compare(empty, edition));
        var backward = Timed(() => EditionComparer.Compare(edition, empty));
        var nothing = Timed(() => EditionComparer.Compare(empty, empty));

        Assert.That(forward.Sections.All(s => s.Status == SectionStatus.Added), Is.True);
        Assert.That(forward.Statistics.SentencesAdded, Is.EqualTo(edition.Root.DescendantsAndSelf().Sum(n => n.Sentences.Count())));
        Assert.That(backward.Sections.All(s => s.Status == SectionStatus.Removed), Is.True);
        Assert.That(nothing.Sections, Is.Empty);
    }

    [Test]
    [Category("Corpus")]
    public void Compare_Finishes_WhenEditionIsTenMegabytes()
    {
        var source = ComparisonCorpus.StateGov(2019, "kazakhstan");
        var huge = Inflate(source, targetBytes: 10 * 1024 * 1024);
        var other = ComparisonCorpus.StateGov(2020, "kazakhstan");

        var comparison = Timed(() => EditionComparer.Compare(huge, other));
        var itself = Timed(() => EditionComparer.Compare(huge, huge));

        Assert.That(comparison.Statistics.SentencesRemoved, Is.GreaterThan(10_000));
        Assert.That(comparison.Statistics.SentencesUnchanged + comparison.Statistics.SentencesModified, Is.GreaterThan(300), "the copy that matches 2020 is still found");
        Assert.That(itself.Statistics.SentencesUnchanged, Is.EqualTo(huge.Root.DescendantsAndSelf().Sum(n => n.Sentences.Count())));
    }

    [Test]
    public void Compare_DiffsWords_WhenParagraphIsOne100KilobyteSentence()
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 20_000).Select(_ => "w" + random.Next(5000).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var oldText = string.Join(' ', words);
        words[8000] = "changed";
        words[12000] = "altered";
        var newText = string.Join(' ', words);
        Assert.That(Encoding.UTF8.GetByteCount(oldText), Is.GreaterThan(100_000));
        var older = TestTrees.Edition(2019, TestTrees.Node("1", "Life", [oldText]));
        var newer = TestTrees.Edition(2020, TestTrees.Node("1", "Life", [newText]));

        var comparison = Timed(() => EditionComparer.Compare(older, newer));

        var row = comparison.Sections.Single().Sentences.Single();
        Assert.That(row.Status, Is.EqualTo(SentenceStatus.Modified));
        Assert.That(string.Concat(row.Words.Where(w => w.Operation != WordOperation.Insert).Select(w => w.Text)), Is.EqualTo(oldText));
        Assert.That(string.Concat(row.Words.Where(w => w.Operation != WordOperation.Delete).Select(w => w.Text)), Is.EqualTo(newText));
        Assert.That(row.Words.Count(w => w.Operation == WordOperation.Insert), Is.GreaterThanOrEqualTo(1));
    }

    /// <summary>Copies of every section, each sentence tagged with its copy number so no two are identical, until the text reaches <paramref name="targetBytes"/>; copy 0 is the original.</summary>
    private static Edition Inflate(Edition source, int targetBytes)
    {
        var sectionBytes = source.Root.DescendantsAndSelf().Sum(n => n.Sentences.Sum(s => s.Length));
        var copies = (targetBytes / sectionBytes) + 1;
        var children = ImmutableArray.CreateBuilder<SectionNode>();
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var child in source.Root.Children)
            {
                children.Add(Tag(child, copy));
            }
        }

        var root = source.Root with { Children = children.ToImmutable() };
        var bytes = root.DescendantsAndSelf().Sum(n => n.Sentences.Sum(s => s.Length));
        Assert.That(bytes, Is.GreaterThanOrEqualTo(targetBytes));
        return source with { Root = root };
    }

    private static SectionNode Tag(SectionNode node, int copy)
    {
        if (copy == 0)
        {
            return node;
        }

        var suffix = " (copy " + copy.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        return node with
        {
            Path = node.Path + "~" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Paragraphs = node.Paragraphs.Select(p => new Paragraph(p.Sentences.Select(s => s + suffix).ToImmutableArray())).ToImmutableArray(),
            Children = node.Children.Select(c => Tag(c, copy)).ToImmutableArray(),
        };
    }

    private static EditionComparison Timed(Func<EditionComparison> compare)
    {
        var watch = Stopwatch.StartNew();
        var result = compare();
        watch.Stop();
        TestContext.Out.WriteLine($"compared in {watch.ElapsedMilliseconds} ms: {result.Statistics}");
        Assert.That(watch.Elapsed, Is.LessThan(Ceiling));
        return result;
    }
}
