namespace KzDiff.Core.Parsing.Text;

/// <summary>
/// Strips accents from Latin letters ("Côte" → "Cote", "Türkiye" → "Turkiye"). The build runs
/// with invariant globalization, where <c>string.Normalize</c> does not decompose letters, so the
/// Latin-1 and Latin Extended-A blocks are folded from tables.
/// </summary>
internal static class LatinFold
{
    private const string Latin1 = "AAAAAAACEEEEIIIIDNOOOOO×OUUUUYÞsaaaaaaaceeeeiiiidnooooo÷ouuuuyþy";
    private const string ExtendedA = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    public static char Fold(char ch) => ch switch
    {
        >= '\u00C0' and <= '\u00FF' => Latin1[ch - '\u00C0'],
        >= '\u0100' and <= '\u017F' => ExtendedA[ch - '\u0100'],
        _ => ch,
    };
}
