namespace KzDiff.Service.Review;

/// <summary>One decision on a flag: the state it set, the note, who and when.</summary>
/// <param name="FlagId">The flag's content-derived id.</param>
/// <param name="Version">1 for the first decision, then 2, 3 ...</param>
/// <param name="State">One of <see cref="ReviewStates"/>.</param>
/// <param name="Note">Why, in the reviewer's words (may be empty).</param>
/// <param name="DecidedBy">The reviewer's user name.</param>
/// <param name="DecidedAt">UTC.</param>
public sealed record ReviewDecision(string FlagId, int Version, string State, string Note, string DecidedBy, DateTime DecidedAt);
