using System.Text;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing;

/// <summary>Runs of letters and digits joined by single hyphens: the shape of country and section keys.</summary>
internal static class HyphenSlug
{
    /// <param name="lowerText">Text already lower-cased.</param>
    /// <param name="asciiOnly">Drop letters outside ASCII (after folding accents), as state.gov's URL slugs do.</param>
    /// <param name="periodsJoin">Treat '.' like an apostrophe ("St. Lucia" → "st-lucia", not "st--lucia"), as in URL slugs.</param>
    public static string Build(string lowerText, bool asciiOnly, bool periodsJoin)
    {
        var builder = new StringBuilder(lowerText.Length);
        var pendingHyphen = false;
        foreach (var raw in lowerText)
        {
            var ch = LatinFold.Fold(raw);

            // Apostrophes never split a word: "People’s" and "Peoples" must get one key.
            if (ch is '’' or '\'' or '‘' || (periodsJoin && ch == '.'))
            {
                continue;
            }

            if (asciiOnly ? char.IsAsciiLetterOrDigit(ch) : char.IsLetterOrDigit(ch))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(ch);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
