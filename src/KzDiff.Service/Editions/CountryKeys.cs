namespace KzDiff.Service.Editions;

/// <summary>Makes a country typed by a user ("Kazakhstan", "kyrgyz-republic") match a stored key.</summary>
public static class CountryKeys
{
    public static string Normalize(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        var slug = string.Join('-', country.Trim().ToLowerInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? slug : KzDiff.Core.Parsing.CountryKeys.Normalize(slug);
    }
}
