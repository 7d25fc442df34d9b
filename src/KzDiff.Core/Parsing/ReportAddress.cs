namespace KzDiff.Core.Parsing;

/// <summary>Which addresses a source may give as the report's page, for the links the web page and exports draw.</summary>
public static class ReportAddress
{
    private const int LongestAddress = 500;

    /// <summary>
    /// The address when it is an https page on state.gov, otherwise null. Anything an uploaded page
    /// says is text from outside: a link to another site, a javascript: address or a giant string
    /// must never become a "source" link under KzDiff's name.
    /// </summary>
    public static string? Accept(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > LongestAddress)
        {
            return null;
        }

        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || !(uri.Host.Equals("www.state.gov", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("state.gov", StringComparison.OrdinalIgnoreCase))
            || !uri.IsDefaultPort
            || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return uri.AbsoluteUri;
    }

    /// <summary>
    /// The address a saved state.gov page names as its own (its canonical link), read with the
    /// importer's own linear-time patterns; null when it names none on state.gov.
    /// </summary>
    public static string? OfPage(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Html.StateGovPageMetadata.ReadMarkup(html).Address;
    }
}
