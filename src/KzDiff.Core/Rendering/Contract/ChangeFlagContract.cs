using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>One flag of a sentence or section: why the change may matter.</summary>
public sealed record ChangeFlagContract
{
    /// <summary>"number", "quantity", "polarity", "attribution", "term", "entity" or "section".</summary>
    public required string Kind { get; init; }

    /// <summary>0..1, rounded to four places; ranks flags within one comparison.</summary>
    public required double Score { get; init; }

    public required string Explanation { get; init; }

    public static ChangeFlagContract From(ChangeFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return new ChangeFlagContract { Kind = ContractNames.Lower(flag.Kind), Score = Math.Round(flag.Score, 4), Explanation = flag.Explanation };
    }

    public ChangeFlag ToFlag() => new(ContractNames.Parse<FlagKind>(Kind), Score, Explanation);
}
