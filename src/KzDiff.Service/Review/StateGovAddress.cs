using System.Text;
using System.Text.RegularExpressions;
using KzDiff.Core.Parsing;

namespace KzDiff.Service.Review;

/// <summary>Where a stored edition is published on state.gov.</summary>
public static partial class StateGovAddress
{
    /// <summary>The canonical link sits in the page head; no need to read megabytes of body for it.</summary>
    private const int HeadBytes = 256 * 1024;

    /// <summary>
    /// The address the edition names itself (a saved page's canonical link), or the state.gov address
    /// it was fetched from; failing both, the address state.gov gives every report of that year
    /// (<c>/reports/{year}-country-reports-on-human-rights-practices/{country}/</c>), marked as built.
    /// </summary>
    public static (string Address, bool FromPage) Of(string sourceName, byte[]? sourceBytes, string countryName, string countryKey, int year)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (sourceBytes is not null)
        {
            var head = Encoding.UTF8.GetString(sourceBytes, 0, Math.Min(sourceBytes.Length, HeadBytes));
            foreach (Match link in LinkTag().Matches(head))
            {
                if (!CanonicalRel().IsMatch(link.Value) || Href().Match(link.Value) is not { Success: true } href)
                {
                    continue;
                }

                var address = System.Net.WebUtility.HtmlDecode(href.Groups[1].Value);
                if (IsStateGov(address))
                {
                    return (address, true);
                }
            }
        }

        if (IsStateGov(sourceName))
        {
            return (sourceName, true);
        }

        var slug = CountryKeys.Slugify(string.IsNullOrWhiteSpace(countryName) ? countryKey : countryName);
        return ($"https://www.state.gov/reports/{year}-country-reports-on-human-rights-practices/{slug}/", false);
    }

    private static bool IsStateGov(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && (uri.Host.Equals("www.state.gov", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("state.gov", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("<link\\b[^<>]{0,2000}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTag();

    [GeneratedRegex("""\brel\s*=\s*["']?canonical\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalRel();

    [GeneratedRegex("""\bhref\s*=\s*["']([^"'<>]{1,500})["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Href();
}
