namespace KzDiff.Service.Review;

/// <summary>The answer to a decision request.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Current">The flag's decision now: the new one when decided, the one that won on a conflict (null: still undecided).</param>
/// <param name="Error">What is wrong with the request, when <see cref="DecisionOutcome.Invalid"/>.</param>
/// <param name="Field">The request field that is wrong, when invalid.</param>
public sealed record DecisionResult(DecisionOutcome Outcome, ReviewDecision? Current, string? Error = null, string? Field = null)
{
    public static DecisionResult Invalid(string field, string error) => new(DecisionOutcome.Invalid, null, error, field);
}
