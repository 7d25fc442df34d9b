using System.Text;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Parsing;

public sealed class TemplateHeadingsTests
{
    private const string Page =
        "<!DOCTYPE html><html><head><title>Veloria - United States Department of State</title>"
        + "<link rel=\"canonical\" href=\"https://www.state.gov/reports/2021-country-reports-on-human-rights-practices/veloria/\" /></head><body>"
        + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Section 1. Respect for the Integrity of the Person</h2>"
        + "<h3>e. Denial of Fair Public Trial</h3><h4>Political Prisoners and Detainees</h4><p>There were political prisoners.</p>"
        + "<p>PARAGRAPH</p><p><strong>Threats, Harassment, Surveillance, and Coercion</strong>: Exiles were threatened.</p>"
        + "</section></div></body></html>";

    [Test]
    public void Parse_ReadsPlainParagraph_AsTemplateHeading()
    {
        var edition = Parse(Page.Replace("PARAGRAPH", "Politically Motivated Reprisal against Individuals Located Outside the Country", StringComparison.Ordinal));

        var trial = edition.Root.Children.Single().Children.Single();
        Assert.That(trial.Children.Select(c => c.Title), Is.EqualTo(new[]
        {
            "Political Prisoners and Detainees", "Politically Motivated Reprisal against Individuals Located Outside the Country",
        }));
        Assert.That(trial.Children[1].Children.Single().Title, Is.EqualTo("Threats, Harassment, Surveillance, and Coercion"));
    }

    [Test]
    public void Parse_ReadsLearnedHeading_OnlyWhenTheYearsTemplateHasIt()
    {
        var html = Page.Replace("PARAGRAPH", "Exile Monitoring", StringComparison.Ordinal);

        var alone = Parse(html);
        var learned = EditionParser.Parse(Encoding.UTF8.GetBytes(html), "veloria.html", null, new EditionParserOptions { TemplateHeadings = TemplateHeadings.From(["Exile Monitoring"]) });

        Assert.That(alone.Root.Children.Single().Children.Single().Children.Select(c => c.Title), Does.Not.Contain("Exile Monitoring"));
        Assert.That(learned.Root.Children.Single().Children.Single().Children.Select(c => c.Title), Does.Contain("Exile Monitoring"));
    }

    [TestCase("Women", true)]
    [TestCase("Women:", true)]
    [TestCase("Transnational Repression", true)]
    [TestCase("Women were harassed.", false)]
    [TestCase("Women and children", false)]
    public void IsHeading_MatchesWholeParagraph_Only(string paragraph, bool heading)
    {
        Assert.That(TemplateHeadings.BuiltIn.IsHeading(paragraph), Is.EqualTo(heading));
    }

    private static KzDiff.Core.Editions.Edition Parse(string html) => EditionParser.Parse(Encoding.UTF8.GetBytes(html), "veloria.html");
}
