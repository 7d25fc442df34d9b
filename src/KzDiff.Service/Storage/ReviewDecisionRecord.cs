namespace KzDiff.Service.Storage;

/// <summary>
/// One decision on a flag. Rows are only ever added: a flag's state is its row with the highest
/// <see cref="Version"/>, its history all of them. The unique index on (flag, version) is what makes
/// two reviewers deciding the same version at once safe across processes: one insert wins, the
/// other fails and is answered with the winner's decision.
/// </summary>
public sealed class ReviewDecisionRecord
{
    public long Id { get; set; }

    /// <summary>The flag's content-derived id; no foreign key, so a decision outlives a rebuilt flag index.</summary>
    public required string FlagId { get; set; }

    /// <summary>1 for the first decision on the flag, then 2, 3 ...; an undecided flag is at version 0.</summary>
    public int Version { get; set; }

    /// <summary>"open", "confirmed", "dismissed" or "needs-second-review".</summary>
    public required string State { get; set; }

    public required string Note { get; set; }

    public required string DecidedBy { get; set; }

    public DateTime DecidedAt { get; set; }
}
