using System.Text;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Parsing.Html;

/// <summary>The report's page on state.gov is kept from the page's canonical address, and nothing else becomes a source link.</summary>
public sealed class ReportAddressTests
{
    private const string Body =
        "<h1>2021 Country Reports on Human Rights Practices: Veloria</h1><div id=\"report_content\">"
        + "<section class=\"report__content__inner\"><h2>Executive Summary</h2><p>Veloria is a republic.</p></section></div></body></html>";

    private static string Page(string canonical) =>
        "<!DOCTYPE html><html><head><title>Veloria - United States Department of State</title>"
        + $"<link rel=\"canonical\" href=\"{canonical}\" /></head><body>" + Body;

    [Test]
    public void Parse_KeepsCanonicalAddress_WhenPageNamesItsStateGovPage()
    {
        const string address = "https://www.state.gov/reports/2021-country-reports-on-human-rights-practices/veloria/";
        var edition = EditionParser.Parse(Encoding.UTF8.GetBytes(Page(address)), "veloria.html");

        Assert.That(edition.Metadata.Address, Is.EqualTo(address));
        Assert.That(edition.Metadata.ReportTitle(), Is.EqualTo("2021 Country Reports on Human Rights Practices: Veloria"));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("http://www.state.gov/reports/2021-country-reports-on-human-rights-practices/veloria/")]
    [TestCase("https://www.state.gov.example.com/reports/2021-country-reports-on-human-rights-practices/veloria/")]
    [TestCase("https://user@www.state.gov/reports/2021-country-reports-on-human-rights-practices/veloria/")]
    [TestCase("https://www.state.gov:8443/reports/2021-country-reports-on-human-rights-practices/veloria/")]
    public void Accept_RefusesAddress_WhenNotAnHttpsPageOnStateGov(string address)
    {
        Assert.That(ReportAddress.Accept(address), Is.Null);
    }

    [Test]
    public void Parse_KeepsNoAddress_WhenSourceIsAFileWithoutOne()
    {
        var edition = EditionParser.Parse(Encoding.UTF8.GetBytes("VELORIA 2021 HUMAN RIGHTS REPORT\n\nEXECUTIVE SUMMARY\n\nVeloria is a republic.\n"), "veloria-2021.txt");

        Assert.That(edition.Metadata.Address, Is.Null);
    }
}
