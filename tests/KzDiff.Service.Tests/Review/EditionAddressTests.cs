using KzDiff.Core.Editions;
using KzDiff.Service.Review;

namespace KzDiff.Service.Tests.Review;

public sealed class EditionAddressTests
{
    private static readonly EditionMetadata Kazakhstan2019 = new("kazakhstan", "Kazakhstan", 2019, "kazakhstan.html", "ab12", EditionFormat.StateGovHtml, null);

    [Test]
    public void Of_UsesTheAddressTheImportRead_WhenTheComparisonCarriesIt()
    {
        var compared = Kazakhstan2019 with { Address = "https://www.state.gov/reports/2019-country-reports-on-human-rights-practices/kazakhstan/" };

        Assert.That(EditionAddress.Of(compared), Is.EqualTo(("https://www.state.gov/reports/2019-country-reports-on-human-rights-practices/kazakhstan/", true)));
    }

    [Test]
    public void Of_RefusesAnAddressElsewhere_AndBuildsTheAddress()
    {
        var compared = Kazakhstan2019 with { CountryKey = "kyrgyzstan", CountryName = "Kyrgyz Republic", Year = 2021, Address = "https://attacker.example/fake/" };

        Assert.That(EditionAddress.Of(compared), Is.EqualTo(("https://www.state.gov/reports/2021-country-reports-on-human-rights-practices/kyrgyz-republic/", false)));
    }

    [Test]
    public void Of_UsesTheFetchedAddress_WhenTheComparisonWasStoredBeforeAddresses()
    {
        const string fetched = "https://www.state.gov/reports/2022-country-reports-on-human-rights-practices/mexico/";
        var compared = Kazakhstan2019 with { CountryKey = "mexico", CountryName = "Mexico", Year = 2022, SourceName = fetched };

        Assert.That(EditionAddress.Of(compared), Is.EqualTo((fetched, true)));
    }

    [Test]
    public void Of_BuildsTheAddressByStateGovsPattern_WhenNothingNamesOne()
    {
        Assert.That(EditionAddress.Of(Kazakhstan2019), Is.EqualTo(("https://www.state.gov/reports/2019-country-reports-on-human-rights-practices/kazakhstan/", false)));
    }
}
