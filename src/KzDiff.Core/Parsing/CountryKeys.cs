using System.Collections.Frozen;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing;

/// <summary>
/// One key per country across editions. state.gov renamed some slugs between years
/// ("kyrgyz-republic" and "kyrgyzstan", "thebahamas" and "the-bahamas"), and a country's printed
/// name differs from its slug ("Côte d’Ivoire", "Burma"); all of them map to one key.
/// </summary>
public static class CountryKeys
{
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["kyrgyz-republic"] = "kyrgyzstan",
        ["the-kyrgyz-republic"] = "kyrgyzstan",
        ["thebahamas"] = "the-bahamas",
        ["bahamas"] = "the-bahamas",
        ["bahamas-the"] = "the-bahamas",
        ["gambia"] = "the-gambia",
        ["gambia-the"] = "the-gambia",
        ["thegambia"] = "the-gambia",
        ["myanmar"] = "burma",
        ["ivory-coast"] = "cote-divoire",
        ["cote-d-ivoire"] = "cote-divoire",
        ["republic-of-korea"] = "south-korea",
        ["korea-republic-of"] = "south-korea",
        ["democratic-peoples-republic-of-korea"] = "north-korea",
        ["korea-democratic-peoples-republic-of"] = "north-korea",
        ["czechia"] = "czech-republic",
        ["turkiye"] = "turkey",
        ["swaziland"] = "eswatini",
        ["macedonia"] = "north-macedonia",
        ["cape-verde"] = "cabo-verde",
        ["east-timor"] = "timor-leste",
        ["lao-pdr"] = "laos",
        ["viet-nam"] = "vietnam",
        ["brunei-darussalam"] = "brunei",
        ["micronesia-federated-states-of"] = "micronesia",
        ["federated-states-of-micronesia"] = "micronesia",
        ["congo-brazzaville"] = "republic-of-the-congo",
        ["congo-republic-of-the"] = "republic-of-the-congo",
        ["congo-kinshasa"] = "democratic-republic-of-the-congo",
        ["congo-democratic-republic-of-the"] = "democratic-republic-of-the-congo",
        ["israel-and-the-occupied-territories"] = "israel-west-bank-and-gaza",
        ["israel-the-west-bank-and-gaza"] = "israel-west-bank-and-gaza",
        ["united-states-of-america"] = "united-states",
        ["russian-federation"] = "russia",
        ["saint-kitts-nevis"] = "saint-kitts-and-nevis",
        ["st-kitts-and-nevis"] = "saint-kitts-and-nevis",
        ["st-lucia"] = "saint-lucia",
        ["st-vincent-and-the-grenadines"] = "saint-vincent-and-the-grenadines",
        ["bosnia-herzegovina"] = "bosnia-and-herzegovina",
        ["the-netherlands"] = "netherlands",
        ["the-philippines"] = "philippines",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The country key of a slug or printed name ("Kyrgyz Republic", "kyrgyz-republic" → "kyrgyzstan").</summary>
    public static string Normalize(string slugOrName)
    {
        ArgumentNullException.ThrowIfNull(slugOrName);
        var slug = Slugify(slugOrName);
        return Aliases.TryGetValue(slug, out var key) ? key : slug;
    }

    /// <summary>A slug as state.gov writes them: lower case ASCII, apostrophes dropped, words joined by hyphens.</summary>
    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HyphenSlug.Build(text.ToLowerInvariant(), asciiOnly: true, periodsJoin: true);
    }
}
