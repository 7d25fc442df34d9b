using KzDiff.Service.Review;

namespace KzDiff.Web.Api;

/// <summary>A decision on a flag as the API writes it.</summary>
public sealed record DecisionDocument(string FlagId, int Version, string State, string Note, string DecidedBy, DateTime DecidedAt)
{
    public static DecisionDocument From(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(decision.FlagId, decision.Version, decision.State, decision.Note, decision.DecidedBy, decision.DecidedAt);
    }
}
