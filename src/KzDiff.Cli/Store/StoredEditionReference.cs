using System.Text.RegularExpressions;

namespace KzDiff.Cli.Store;

/// <summary>
/// An edition named by country and year instead of a file: <c>kazakhstan:2019</c>, or a given
/// revision with <c>kazakhstan:2019@2</c>.
/// </summary>
internal sealed partial record StoredEditionReference(string Country, int Year, int? Revision)
{
    public static bool TryParse(string text, out StoredEditionReference reference)
    {
        var match = Pattern().Match(text);
        reference = match.Success
            ? new StoredEditionReference(
                match.Groups["country"].Value,
                int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["revision"].Success ? int.Parse(match.Groups["revision"].Value, System.Globalization.CultureInfo.InvariantCulture) : null)
            : null!;
        return match.Success;
    }

    public override string ToString() => Revision is { } r ? $"{Country}:{Year}@{r}" : $"{Country}:{Year}";

    [GeneratedRegex(@"^(?<country>[A-Za-z][A-Za-z \-]*):(?<year>\d{4})(@(?<revision>\d{1,4}))?$")]
    private static partial Regex Pattern();
}
