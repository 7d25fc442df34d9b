namespace KzDiff.Service.Editions;

/// <summary>Makes a country typed by a user ("Kazakhstan", " kazakhstan ") match a stored key.</summary>
public static class CountryKeys
{
    public static string Normalize(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return string.Join('-', country.Trim().ToLowerInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries));
    }
}
