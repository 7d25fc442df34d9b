namespace KzDiff.Service.Review;

/// <summary>The states a flag can be in, as the API and the store spell them.</summary>
public static class ReviewStates
{
    /// <summary>Not decided yet, or sent back.</summary>
    public const string Open = "open";

    public const string Confirmed = "confirmed";

    public const string Dismissed = "dismissed";

    /// <summary>A reviewer wants another pair of eyes before it is confirmed or dismissed.</summary>
    public const string NeedsSecondReview = "needs-second-review";

    public static IReadOnlyList<string> All { get; } = [Open, Confirmed, Dismissed, NeedsSecondReview];

    /// <summary>The state spelled as the API spells it, or null when <paramref name="text"/> names none.</summary>
    public static string? Parse(string? text)
    {
        var trimmed = text?.Trim();
        return All.FirstOrDefault(state => string.Equals(state, trimmed, StringComparison.OrdinalIgnoreCase));
    }
}
