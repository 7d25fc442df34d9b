namespace KzDiff.Core.Comparison.Flags;

/// <summary>One reason a sentence or section change may matter.</summary>
/// <param name="Kind">What kind of change it is.</param>
/// <param name="Score">Significance in 0..1; ranks flags within one comparison, not across comparisons.</param>
/// <param name="Explanation">Quotes what triggered the flag ("3,868 → 3,889 (registered as missing)", "'credible reports' added").</param>
public sealed record ChangeFlag(FlagKind Kind, double Score, string Explanation);
