using System.Text.RegularExpressions;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>Short names for sections where a reader needs to place them: "3.a Arbitrary Arrest", "1 Integrity of the Person", "Executive Summary".</summary>
public static partial class SectionNames
{
    /// <summary>The outline number and the bare title of a numbered section; the title alone for a sub-heading or an unnumbered section.</summary>
    public static string Brief(SectionReference section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var number = Number(section.Path);
        if (number is null || section.Path.Contains('/', StringComparison.Ordinal))
        {
            return section.Title;
        }

        return number + " " + Bare(section.Title, number);
    }

    /// <summary>
    /// A name that places a section in its outline: <see cref="Brief"/>, and for a sub-heading the
    /// number of the subsection it sits in ("2.c › Disappearance").
    /// </summary>
    public static string Placed(SectionReference section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.Path.Contains('/', StringComparison.Ordinal) && Number(section.Path) is { } number
            ? number + " \u203A " + section.Title
            : Brief(section);
    }

    /// <summary>The outline number of a path ("1.c" of "1.c/prison-conditions", "3" of "3"), or null when it has none.</summary>
    public static string? Number(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var head = slash < 0 ? path : path[..slash];
        return head.Length > 0 && char.IsAsciiDigit(head[0]) ? head : null;
    }

    /// <summary>"c. Torture" under 1.c reads "Torture"; "Section 3. Security of the Person" under 3 reads "Security of the Person".</summary>
    private static string Bare(string title, string number)
    {
        var letter = number[(number.LastIndexOf('.') + 1)..];
        if (title.StartsWith(letter + ". ", StringComparison.OrdinalIgnoreCase))
        {
            return title[(letter.Length + 2)..];
        }

        var match = SectionPrefix().Match(title);
        return match.Success && match.Groups[1].Value == number ? title[match.Length..] : title;
    }

    [GeneratedRegex(@"^Section\s+(\d+)\s*[.:]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionPrefix();
}
