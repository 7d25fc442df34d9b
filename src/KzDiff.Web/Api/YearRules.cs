namespace KzDiff.Web.Api;

/// <summary>Checks on the years of a request, shared by comparisons and batches.</summary>
internal static class YearRules
{
    // The reports began in the 1970s; anything far outside is a typo, not a year.
    private const int Earliest = 1970;
    private const int Latest = 2200;

    /// <summary>A validation problem, or null when both years are plausible and ordered.</summary>
    public static IResult? Check(int? from, int? to)
    {
        if (from is null)
        {
            return ApiProblems.Invalid("from", "'from' (the older year) is required");
        }

        if (to is null)
        {
            return ApiProblems.Invalid("to", "'to' (the newer year) is required");
        }

        if (from < Earliest || from > Latest)
        {
            return ApiProblems.Invalid("from", $"'from' must be a year between {Earliest} and {Latest}");
        }

        if (to < Earliest || to > Latest)
        {
            return ApiProblems.Invalid("to", $"'to' must be a year between {Earliest} and {Latest}");
        }

        if (from == to)
        {
            return ApiProblems.Invalid("to", $"'from' and 'to' are both {from}; compare two different years");
        }

        return from > to ? ApiProblems.Invalid("from", $"'from' ({from}) is after 'to' ({to}); give the older year first") : null;
    }
}
