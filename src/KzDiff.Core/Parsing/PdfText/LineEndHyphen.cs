using System.Collections.Frozen;
using System.Text;

namespace KzDiff.Core.Parsing.PdfText;

/// <summary>
/// Whether a hyphen at a line end is part of the word ("self-" + "censorship") or only marks a
/// word broken across lines ("investi-" + "gation"). Compounds with a known first element, and
/// names ("Nur-" + "Sultan"), keep it.
/// </summary>
internal static class LineEndHyphen
{
    private static readonly FrozenSet<string> CompoundPrefixes = new[]
    {
        "self", "anti", "non", "co", "pre", "post", "ex", "so", "well", "long", "short", "high", "low",
        "multi", "cross", "semi", "quasi", "pro", "counter", "full", "part", "half", "third", "first",
        "second", "government", "state", "law", "cease", "follow", "hard", "year", "decision",
        "policy", "human", "in", "on", "off", "out", "up", "all", "sub", "inter", "intra", "re",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool KeepsHyphen(StringBuilder paragraph, string nextLine)
    {
        if (nextLine.Length == 0 || !char.IsLower(nextLine[0]))
        {
            return true;
        }

        var end = paragraph.Length - 1;
        var start = end;
        while (start > 0 && char.IsLetter(paragraph[start - 1]))
        {
            start--;
        }

        var fragment = paragraph.ToString(start, end - start);
        return fragment.Length > 0 && (char.IsUpper(fragment[0]) || CompoundPrefixes.Contains(fragment));
    }
}
