using System.Diagnostics;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Parsing;

/// <summary>
/// What no report is gets refused with the limit named, before it costs more than linear time:
/// the probe's 50,000 nested divs took 34 s, its 100,000 headings 1.9 GB.
/// </summary>
public sealed class EditionParserLimitTests
{
    [Test]
    public void Parse_RefusesNamingMaxNestingDepth_WhenPageNests50000Divs()
    {
        Assert.That(() => EditionParser.Parse(HostilePages.NestedDivs(50_000), "veloria-2023.html"),
            Throws.TypeOf<EditionParseException>().With.Message.Contains("MaxNestingDepth").And.Message.Contains("nested"));
    }

    [Test]
    public void Parse_RefusesNamingMaxHeadings_WhenPageHas100000Headings()
    {
        Assert.That(() => EditionParser.Parse(HostilePages.Headings(100_000), "veloria-2023.html"),
            Throws.TypeOf<EditionParseException>().With.Message.Contains("MaxHeadings"));
    }

    [Test]
    public void Parse_RefusesNamingMaxHeadings_WhenPlainTextHas100000HeadingLines()
    {
        Assert.That(() => EditionParser.Parse(HostilePages.TextHeadings(100_000), "veloria-2023.txt", EditionFormat.PlainText),
            Throws.TypeOf<EditionParseException>().With.Message.Contains("MaxHeadings"));
    }

    [Test]
    public void Parse_RefusesNamingMaxSections_WhenRunInHeadingsOpen20000Sections()
    {
        Assert.That(() => EditionParser.Parse(HostilePages.RunInParagraphs(20_000), "veloria-2023.html"),
            Throws.TypeOf<EditionParseException>().With.Message.Contains("MaxSections"));
    }

    [Test]
    public void Parse_ReadsPage_WhenNestingHeadingsAndSectionsAreAtTheirLimits()
    {
        var limits = new EditionParserOptions { MaxNestingDepth = 40, MaxHeadings = 30, MaxSections = 30 };

        // 30 divs inside html/body/div/section (4) leave room for the paragraph within 40 levels.
        var nested = EditionParser.Parse(HostilePages.NestedDivs(30), "veloria-2023.html", options: limits);
        var headings = EditionParser.Parse(HostilePages.Headings(29), "veloria-2023.html", options: limits);

        Assert.Multiple(() =>
        {
            Assert.That(nested.Root.DescendantsAndSelf().SelectMany(n => n.Sentences), Does.Contain("Deep text."));
            Assert.That(headings.Root.DescendantsAndSelf().Count(n => n.Level == SectionLevel.Subheading), Is.EqualTo(29));
        });
    }

    [Test]
    public void Parse_RefusesAtConfiguredLimits_WhenEachIsExceededByOne()
    {
        var limits = new EditionParserOptions { MaxNestingDepth = 40, MaxHeadings = 30, MaxSections = 30 };

        Assert.Multiple(() =>
        {
            Assert.That(() => EditionParser.Parse(HostilePages.NestedDivs(40), "veloria-2023.html", options: limits),
                Throws.TypeOf<EditionParseException>().With.Message.Contains("MaxNestingDepth").And.Message.Contains("40"));
            Assert.That(() => EditionParser.Parse(HostilePages.Headings(30), "veloria-2023.html", options: limits),
                Throws.TypeOf<EditionParseException>().With.Message.Contains("MaxHeadings").And.Message.Contains("30"));
            Assert.That(() => EditionParser.Parse(HostilePages.RunInParagraphs(30), "veloria-2023.html", options: limits),
                Throws.TypeOf<EditionParseException>().With.Message.Contains("MaxSections").And.Message.Contains("30"));
        });
    }

    [TestCase(0, 1, 1)]
    [TestCase(1, 0, 1)]
    [TestCase(1, 1, 0)]
    public void Parse_ThrowsArgumentOutOfRange_WhenALimitIsNotPositive(int depth, int headings, int sections)
    {
        var limits = new EditionParserOptions { MaxNestingDepth = depth, MaxHeadings = headings, MaxSections = sections };

        Assert.That(() => EditionParser.Parse(HostilePages.Headings(1), "veloria-2023.html", options: limits), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    // Below this a run is mostly timer and scheduler noise.
    private const double MeasurableMilliseconds = 5;

    // Work, not a target: four times the input may cost at most eight times the time. The probe's
    // page grew quadratically (12,500 → 50,000 divs: sixteen times the time).
    [Test]
    public void Parse_TakesTimeLinearInInput_WhenHostileNestingGrowsFourfold()
    {
        var small = FastestParse(HostilePages.NestedDivs(12_500));
        var large = FastestParse(HostilePages.NestedDivs(50_000));

        var times = $"12,500 divs: {small.TotalMilliseconds:F1} ms; 50,000 divs: {large.TotalMilliseconds:F1} ms";
        TestContext.Out.WriteLine(times);
        Assert.That(large.TotalMilliseconds, Is.LessThan(8 * Math.Max(small.TotalMilliseconds, MeasurableMilliseconds)), times);
    }

    // The fastest of a few runs after a warm-up: the least disturbed by JIT, GC and other processes.
    private static TimeSpan FastestParse(byte[] page)
    {
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 6; run++)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                EditionParser.Parse(page, "veloria-2023.html");
            }
            catch (EditionParseException)
            {
                // Refused is an outcome too; what is measured is how long it took.
            }

            if (run > 0 && watch.Elapsed < fastest)
            {
                fastest = watch.Elapsed;
            }
        }

        return fastest;
    }
}
