using System.Text;
using KzDiff.Service.Review;

namespace KzDiff.Service.Tests.Review;

public sealed class StateGovAddressTests
{
    [Test]
    public void Of_ReadsCanonicalLink_WhenPageNamesOne()
    {
        var page = Encoding.UTF8.GetBytes("""<html><head><link href="https://www.state.gov/reports/2019-country-reports-on-human-rights-practices/kazakhstan/" rel="canonical" /></head></html>""");

        var (address, fromPage) = StateGovAddress.Of("kazakhstan.html", page, "Kazakhstan", "kazakhstan", 2019);

        Assert.That((address, fromPage), Is.EqualTo(("https://www.state.gov/reports/2019-country-reports-on-human-rights-practices/kazakhstan/", true)));
    }

    [Test]
    public void Of_IgnoresCanonicalLinkElsewhere_AndBuildsTheAddress()
    {
        var page = Encoding.UTF8.GetBytes("""<link rel="canonical" href="https://attacker.example/fake/">""");

        var (address, fromPage) = StateGovAddress.Of("x.html", page, "Kyrgyz Republic", "kyrgyzstan", 2021);

        Assert.That((address, fromPage), Is.EqualTo(("https://www.state.gov/reports/2021-country-reports-on-human-rights-practices/kyrgyz-republic/", false)));
    }

    [Test]
    public void Of_UsesTheFetchedAddress_WhenItIsOnStateGov()
    {
        const string fetched = "https://www.state.gov/reports/2022-country-reports-on-human-rights-practices/mexico/";

        Assert.That(StateGovAddress.Of(fetched, null, "Mexico", "mexico", 2022), Is.EqualTo((fetched, true)));
    }

    [Test]
    public void Of_ReadsTheRealPage_WhenCorpusIsThere()
    {
        var corpus = TestEnvironment.RequireCorpus();
        var page = File.ReadAllBytes(Path.Combine(corpus, "state-gov", "2023", "kazakhstan.html"));

        Assert.That(StateGovAddress.Of("kazakhstan.html", page, "Kazakhstan", "kazakhstan", 2023).Address, Is.EqualTo("https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/kazakhstan/"));
    }
}
