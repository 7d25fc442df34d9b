using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Service.Review;

/// <summary>Where an evidence packet says an edition is published on state.gov.</summary>
public static class EditionAddress
{
    /// <summary>
    /// The address the import read from the edition (its page's canonical link, or the state.gov
    /// address it was fetched from), as the comparison carries it; failing that, the source name when
    /// it is a state.gov address; failing both (a text file, a comparison stored before addresses were
    /// read), the address state.gov gives every report of that year, marked as built.
    /// </summary>
    /// <param name="compared">The edition as the comparison describes it.</param>
    public static (string Address, bool FromPage) Of(EditionMetadata compared)
    {
        ArgumentNullException.ThrowIfNull(compared);
        if ((ReportAddress.Accept(compared.Address) ?? ReportAddress.Accept(compared.SourceName)) is { } address)
        {
            return (address, true);
        }

        var slug = CountryKeys.Slugify(string.IsNullOrWhiteSpace(compared.CountryName) ? compared.CountryKey : compared.CountryName);
        return ($"https://www.state.gov/reports/{compared.Year}-country-reports-on-human-rights-practices/{slug}/", false);
    }
}
