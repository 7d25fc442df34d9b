using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing;

/// <summary>
/// One key per country across editions. state.gov renamed some slugs between years
/// ("kyrgyz-republic" and "kyrgyzstan", "thebahamas" and "the-bahamas"), and a country's printed
/// name differs from its slug ("Côte d’Ivoire", "Burma"); all of them map to one key. WordPress
/// variants of a slug fold too: "malaysia-2" (a second post under a taken slug), "romania__trashed"
/// (a post moved to the bin and restored), "china-includes-tibet-hong-kong-and-macau" (a title's
/// parenthesised aside written into the slug).
/// </summary>
public static partial class CountryKeys
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
        var slug = Fold(Slugify(WithoutAside(slugOrName)));
        return Aliases.TryGetValue(slug, out var key) ? key : slug;
    }

    /// <summary>
    /// The key of a report that names its country twice, in its title and its address. The title
    /// wins when the address is the title's key with WordPress debris after it
    /// ("china-includes-tibet-hong-kong-and-macau-china" under the title "China (Includes ...)").
    /// </summary>
    public static string FromTitleAndAddress(string? title, string? addressSlug)
    {
        var fromAddress = string.IsNullOrWhiteSpace(addressSlug) ? "" : Normalize(addressSlug);
        var fromTitle = string.IsNullOrWhiteSpace(title) ? "" : Normalize(title);
        if (fromAddress.Length == 0)
        {
            return fromTitle;
        }

        return fromTitle.Length > 0 && fromAddress.StartsWith(fromTitle + "-", StringComparison.Ordinal) ? fromTitle : fromAddress;
    }

    // "China (Includes Hong Kong, Macau, and Tibet)": the aside is not part of the country's name.
    private static string WithoutAside(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open > 0 ? text[..open] : text;
    }

    private static string Fold(string slug)
    {
        var folded = Trashed().Replace(slug, "");
        folded = Includes().Replace(folded, "");
        folded = DuplicateSuffix().Replace(folded, "");
        return folded.Length > 0 ? folded : slug;
    }

    [GeneratedRegex(@"-trashed(?:-\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Trashed();

    [GeneratedRegex(@"-includes?-.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Includes();

    // No country's name ends in a number; WordPress appends "-2", "-3" to a slug already taken.
    [GeneratedRegex(@"(?:-\d{1,2})+$", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateSuffix();

    /// <summary>A slug as state.gov writes them: lower case ASCII, apostrophes dropped, words joined by hyphens.</summary>
    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HyphenSlug.Build(text.ToLowerInvariant(), asciiOnly: true, periodsJoin: true);
    }
}
