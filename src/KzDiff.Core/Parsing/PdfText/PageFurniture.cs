using System.Text.RegularExpressions;

namespace KzDiff.Core.Parsing.PdfText;

/// <summary>
/// The running footer of the printable edition ("Country Reports on Human Rights Practices for
/// 2019", the Department line, the country name, the page number) and blank lines, which in PDF
/// text mark page breaks rather than paragraphs.
/// </summary>
internal static partial class PageFurniture
{
    public static List<string> Remove(List<string> lines, string? country)
    {
        var kept = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Length == 0 || IsFurniture(line, country))
            {
                continue;
            }

            kept.Add(line);
        }

        return kept;
    }

    private static bool IsFurniture(string line, string? country) =>
        FooterTitle().IsMatch(line)
        || DepartmentLine().IsMatch(line)
        || PageNumber().IsMatch(line)
        || country is not null && line.Equals(country, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^Country Reports on Human Rights Practices for (19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex FooterTitle();

    [GeneratedRegex(@"^United States Department of State\s*[•·\-–|]?\s*Bureau of Democracy, Human Rights,? and Labor$", RegexOptions.CultureInvariant)]
    private static partial Regex DepartmentLine();

    [GeneratedRegex(@"^\d{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
