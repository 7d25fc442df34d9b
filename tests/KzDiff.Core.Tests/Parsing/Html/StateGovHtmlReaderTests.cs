using System.Text;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Parsing.Html;

public sealed class StateGovHtmlReaderTests
{
    private const string Head =
        "<!DOCTYPE html><html><head><title>Veloria - United States Department of State</title>"
        + "<link rel=\"canonical\" href=\"https://www.state.gov/reports/2021-country-reports-on-human-rights-practices/veloria/\" /></head><body>"
        + "<nav class=\"report-toc\"><a href=\"#s1\">Section 1. Respect for the Integrity of the Person</a><p>Navigation paragraph</p></nav>"
        + "<h1>2021 Country Reports on Human Rights Practices: Veloria</h1>";

    [Test]
    public void Parse_ReadsReportSectionsOnly_WhenPageHasReportContent()
    {
        var edition = Parse(Head + "<div id=\"report_content\">"
            + "<section class=\"report__content__inner\"><h2>Executive Summary</h2><p>Veloria is a republic.</p></section>"
            + "<section class=\"report__content__inner\"><a class=\"accordion-title\"><h4 class=\"report-toc-section\">Section 1.</h4>"
            + "<h3>Respect for the Integrity of the Person<span class=\"icon-svg\"><svg><path d=\"M0\"></path></svg></span></h3></a>"
            + "<section class=\"entry-content\"><h3>a. Disappearance</h3><p>There were no reports.</p><script>var x = 'Evil sentence.';</script></section></section>"
            + "</div><footer><p>Footer text.</p></footer></body></html>");

        var section = edition.Root.Children[1];
        Assert.Multiple(() =>
        {
            Assert.That(edition.Root.Children.Select(c => c.Path), Is.EqualTo(new[] { "summary", "1" }));
            Assert.That(section.Title, Is.EqualTo("Respect for the Integrity of the Person"));
            Assert.That(section.Number, Is.EqualTo("1"));
            Assert.That(section.Children.Single().Title, Is.EqualTo("a. Disappearance"));
            Assert.That(section.Children.Single().Path, Is.EqualTo("1.a"));
            Assert.That(AllSentences(edition), Is.EqualTo(new[] { "Veloria is a republic.", "There were no reports." }));
            Assert.That(edition.Metadata.CountryKey, Is.EqualTo("veloria"));
            Assert.That(edition.Metadata.Year, Is.EqualTo(2021));
        });
    }

    [Test]
    public void Parse_ReadsSections_WhenPageLacksReportContentElement()
    {
        // The 2019 Colombia variant: no #report_content, one h2 "Section 1. ..." per section.
        var edition = Parse(Head + "<div class=\"report__content\">"
            + "<section class=\"report__content__inner entry-content\"><h2>Executive Summary</h2><p>Summary text.</p></section>"
            + "<section class=\"report__content__inner entry-content\"><h2>Section 1. Respect for the Integrity of the Person</h2>"
            + "<section><h3>a. Disappearance</h3><p>None\nreported.</p></section></section></div></body></html>");

        Assert.Multiple(() =>
        {
            Assert.That(edition.Root.Children[1].Title, Is.EqualTo("Respect for the Integrity of the Person"));
            Assert.That(edition.Root.Children[1].Children[0].Sentences, Is.EqualTo(new[] { "None reported." }));
        });
    }

    [TestCase("<p><strong>Physical Conditions</strong>: Cells were crowded.</p>")]
    [TestCase("<p><strong>Physical Conditions:</strong> Cells were crowded.</p>")]
    [TestCase("<p><b>Physical </b><b>C</b><b>onditions</b><b>:</b>  Cells were crowded.</p>")]
    [TestCase("<p><u>Physical </u><u>C</u><u>onditions</u>: Cells were crowded.</p>")]
    [TestCase("<p><u></u>Physical Conditions: Cells were crowded.</p>", TestName = "Parse_ReadsRunInHeading_WhenOnlyEmptyEmphasisTraceRemains (2020 pages)")]
    [TestCase("<p><u></u>Physical <u></u>C<u></u>onditions: Cells were crowded.</p>", TestName = "Parse_ReadsRunInHeading_WhenEmptyTracesSplitTheWord (2020/kazakhstan)")]
    public void Parse_ReadsRunInHeading_WhenEmphasisOpensParagraph(string paragraph)
    {
        var edition = Parse(Head + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Section 1. Integrity</h2>"
            + "<h3>c. Torture</h3><h4>Prison and Detention Center Conditions</h4>" + paragraph + "<p>Food was poor.</p></section></div>");

        var runIn = edition.Root.DescendantsAndSelf().Single(n => n.Level == SectionLevel.RunIn);
        Assert.Multiple(() =>
        {
            Assert.That(runIn.Title, Is.EqualTo("Physical Conditions"));
            Assert.That(runIn.Path, Is.EqualTo("1.c/prison-and-detention-center-conditions/physical-conditions"));
            Assert.That(runIn.Sentences, Is.EqualTo(new[] { "Cells were crowded.", "Food was poor." }));
        });
    }

    [Test]
    public void Parse_AcceptsOneCapitalisationSlip_WhenRunInIsEmphasised()
    {
        var edition = Parse(Head + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Section 6. Discrimination</h2>"
            + "<p><strong>Other forms of Gender-based Violence or Harassment:</strong> Harassment was common.</p></section></div>");

        Assert.That(edition.Root.DescendantsAndSelf().Single(n => n.Level == SectionLevel.RunIn).Title, Is.EqualTo("Other forms of Gender-based Violence or Harassment"));
    }

    [Test]
    public void Parse_KeepsParagraph_WhenTitleCaseColonIsNotEmphasised()
    {
        var edition = Parse(Head + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Section 1. Integrity</h2>"
            + "<p>Significant Human Rights Issues: many were reported.</p></section></div>");

        Assert.That(edition.Root.DescendantsAndSelf().Any(n => n.Level == SectionLevel.RunIn), Is.False);
    }

    [Test]
    public void Parse_NestsDeeperHeadings_UnderPreviousSubheading()
    {
        // 2024 pages: h4 sub-headings with h5 sub-sub-headings.
        var edition = Parse(Head + "<div id=\"report_content\"><section class=\"report__content__inner\">"
            + "<p class=\"report-toc-section\">Section 2.</p><h2>Liberty</h2><h3>b. Worker Rights</h3>"
            + "<h4>Acceptable Work Conditions</h4><h5>Wage and Hour Laws</h5><p>Wages rose.</p><h5>Occupational Safety and Health</h5><p>Mines were unsafe.</p>"
            + "<h4>Forced Labor</h4><p>None.</p></section></div>");

        var worker = edition.Root.Children.Single().Children.Single();
        Assert.Multiple(() =>
        {
            Assert.That(edition.Root.Children.Single().Title, Is.EqualTo("Liberty"));
            Assert.That(edition.Root.Children.Single().Number, Is.EqualTo("2"));
            Assert.That(worker.Children.Select(c => c.Title), Is.EqualTo(new[] { "Acceptable Work Conditions", "Forced Labor" }));
            Assert.That(worker.Children[0].Children.Select(c => c.Path), Is.EqualTo(new[]
            {
                "2.b/acceptable-work-conditions/wage-and-hour-laws",
                "2.b/acceptable-work-conditions/occupational-safety-and-health",
            }));
        });
    }

    [Test]
    public void Parse_KeepsHostileMarkupAsText_WhenReportTextContainsScriptTags()
    {
        var edition = Parse(Head + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Executive Summary</h2>"
            + "<p>The law bans &lt;script&gt;alert(1)&lt;/script&gt; in posts.</p><p onclick=\"x()\">Clicks <img src=x onerror=alert(1)>were logged.</p></section></div>");

        Assert.That(AllSentences(edition), Is.EqualTo(new[] { "The law bans <script>alert(1)</script> in posts.", "Clicks were logged." }));
    }

    // Far beyond the default MaxNestingDepth: the walks must not recurse where an operator raises it.
    private static readonly EditionParserOptions Unlimited = new() { MaxNestingDepth = 100_000 };

    [Test]
    public void Parse_SurvivesDeeplyNestedMarkup_WhenNestingLimitIsRaised()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", 20_000));

        var edition = Parse(Head + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Executive Summary</h2>" + deep + "</section></div>", Unlimited);

        Assert.That(AllSentences(edition), Does.Contain("Deep text."));
    }

    [Test]
    public void Parse_ReadsOuterSectionOnce_WhenReportSectionsNestDeeplyAndNestingLimitIsRaised()
    {
        var nested = string.Concat(Enumerable.Repeat("<section class=\"report__content__inner\"><ul><li>", 5_000))
            + "<p>Innermost.</p>" + string.Concat(Enumerable.Repeat("</li></ul></section>", 5_000));

        var edition = Parse(Head + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Executive Summary</h2><p>Outer.</p></section>" + nested + "</div>", Unlimited);

        Assert.That(AllSentences(edition), Is.EqualTo(new[] { "Outer.", "Innermost." }));
    }

    [Test]
    public void Parse_KeepsTheWholeReportContent_AndIgnoresDeepMarkupAfterIt()
    {
        // The page goes on after #report_content (sidebar, country picker, footer): the parse ends
        // there, so markup nested past the limit after the report no longer refuses the page, and
        // the loose paragraph that closes the report content is still read whole.
        var limits = new EditionParserOptions { MaxNestingDepth = 40 };
        var sidebar = "<div class=\"report__side\">" + string.Concat(Enumerable.Repeat("<div>", 60)) + "<p>Sidebar.</p>" + string.Concat(Enumerable.Repeat("</div>", 60)) + "</div>";

        var edition = Parse(Head + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Executive Summary</h2><p>Veloria is a republic.</p></section>"
            + "<p>The closing paragraph.</p></div>" + sidebar + "<footer><p>Footer text.</p></footer></body></html>", limits);

        Assert.That(AllSentences(edition), Is.EqualTo(new[] { "Veloria is a republic.", "The closing paragraph." }));
    }

    [Test]
    public void Parse_Throws_WhenPageHasNoReportBody()
    {
        Assert.That(() => Parse(Head + "<p>Only navigation.</p></body></html>"),
            Throws.TypeOf<EditionParseException>().With.Message.EqualTo("no report body found: the page has no report__content__inner section"));
    }

    [Test]
    public void Parse_Throws_WhenReportBodyIsEmpty()
    {
        Assert.That(() => Parse(Head + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Executive Summary</h2></section></div>"),
            Throws.TypeOf<EditionParseException>().With.Message.EqualTo("the report body has no paragraphs"));
    }

    private static Edition Parse(string html, EditionParserOptions? options = null) =>
        EditionParser.Parse(Encoding.UTF8.GetBytes(html), "page.html", options: options);

    private static List<string> AllSentences(Edition edition) => edition.Root.DescendantsAndSelf().SelectMany(n => n.Sentences).ToList();
}
