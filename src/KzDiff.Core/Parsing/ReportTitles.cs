using System.Globalization;
using System.Text.RegularExpressions;

namespace KzDiff.Core.Parsing;

/// <summary>The ways a report names itself: page headline, state.gov URL, PDF title line, file name.</summary>
internal static partial class ReportTitles
{
    /// <summary>"2019 Country Reports on Human Rights Practices: Kazakhstan".</summary>
    public static EditionHints FromHeadline(string? text)
    {
        var match = text is null ? Match.Empty : Headline().Match(text);
        return match.Success
            ? new EditionHints(ParseYear(match.Groups[1].Value), match.Groups[2].Value.Trim(), match.Groups[2].Value.Trim())
            : EditionHints.None;
    }

    /// <summary>".../reports/2019-country-reports-on-human-rights-practices/kazakhstan/" (also inside web.archive.org links).</summary>
    public static EditionHints FromUrl(string? url)
    {
        var match = url is null ? Match.Empty : ReportUrl().Match(url);
        return match.Success
            ? new EditionHints(ParseYear(match.Groups[1].Value), match.Groups[2].Value, null)
            : EditionHints.None;
    }

    /// <summary>"KAZAKHSTAN 2019 HUMAN RIGHTS REPORT", the first line of the printable edition.</summary>
    public static EditionHints FromTitleLine(string? line)
    {
        if (line is null)
        {
            return EditionHints.None;
        }

        var match = TitleLine().Match(line.Trim());
        if (match.Success)
        {
            var name = match.Groups[1].Value.Trim();
            return new EditionHints(ParseYear(match.Groups[2].Value), name, ToTitleCase(name));
        }

        return FromHeadline(line);
    }

    /// <summary>"2019/kazakhstan.html", "kazakhstan-2019.txt", "2019-kazakhstan.txt" or a state.gov URL.</summary>
    public static EditionHints FromSourceName(string? sourceName)
    {
        if (string.IsNullOrWhiteSpace(sourceName))
        {
            return EditionHints.None;
        }

        var fromUrl = FromUrl(sourceName);
        if (fromUrl.Year is not null)
        {
            return fromUrl;
        }

        var parts = sourceName.Replace('\\', '/').TrimEnd('/').Split('/');
        var stem = parts[^1];
        var dot = stem.LastIndexOf('.');
        if (dot > 0)
        {
            stem = stem[..dot];
        }

        var stemMatch = YearInStem().Match(stem);
        if (stemMatch.Success)
        {
            var slug = stemMatch.Groups["before"].Success ? stemMatch.Groups["before"].Value : stemMatch.Groups["after"].Value;
            return new EditionHints(ParseYear(stemMatch.Groups["year"].Value), slug, null);
        }

        // "2019/kazakhstan.html"; a bare "notes.txt" says nothing reliable about the country.
        return parts.Length >= 2 && FourDigitYear().IsMatch(parts[^2]) && stem.Length > 0
            ? new EditionHints(ParseYear(parts[^2]), stem, null)
            : EditionHints.None;
    }

    public static string ToTitleCase(string name) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

    private static int ParseYear(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"((?:19|20)\d\d)\s+Country\s+Reports?\s+on\s+Human\s+Rights\s+Practices\s*:\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Headline();

    [GeneratedRegex(@"/((?:19|20)\d\d)-country-reports-on-human-rights-practices/([a-z0-9-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportUrl();

    [GeneratedRegex(@"^(.+?)\s+((?:19|20)\d\d)\s+HUMAN\s+RIGHTS\s+REPORT$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^(?:(?<before>[A-Za-z][A-Za-z0-9-]*?)[-_ ](?<year>(?:19|20)\d\d)|(?<year>(?:19|20)\d\d)[-_ ](?<after>[A-Za-z][A-Za-z0-9-]*))$", RegexOptions.CultureInvariant)]
    private static partial Regex YearInStem();

    [GeneratedRegex(@"^(?:19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitYear();
}
