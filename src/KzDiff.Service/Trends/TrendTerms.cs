using System.Text;

namespace KzDiff.Service.Trends;

/// <summary>Reads the terms of a trends request: lower case, inner whitespace as one space, checked against limits.</summary>
public static class TrendTerms
{
    public const int MaxTerms = 20;

    public const int MaxTermLength = 100;

    /// <summary>The folded form a term is counted in.</summary>
    public static string Fold(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var folded = new StringBuilder(term.Length);
        var space = false;
        foreach (var ch in term.Trim())
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(char.ToLowerInvariant(ch));
        }

        return folded.ToString();
    }

    /// <summary>The distinct folded terms of a comma-separated list, in the order given.</summary>
    /// <exception cref="TrendQueryException">No term, too many or one too long.</exception>
    public static IReadOnlyList<string> Parse(string? commaSeparated)
    {
        var terms = (commaSeparated ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Fold)
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (terms.Length == 0)
        {
            throw new TrendQueryException("terms", "give at least one term (comma-separated, e.g. terms=torture,journalis)");
        }

        if (terms.Length > MaxTerms)
        {
            throw new TrendQueryException("terms", $"at most {MaxTerms} terms at once; {terms.Length} were given");
        }

        var tooLong = terms.FirstOrDefault(t => t.Length > MaxTermLength);
        if (tooLong is not null)
        {
            throw new TrendQueryException("terms", $"a term may have at most {MaxTermLength} characters; '{tooLong[..20]}…' has {tooLong.Length}");
        }

        return terms;
    }
}
