namespace KzDiff.Core.Comparison.Alignment;

/// <summary>The result of section alignment: every pair, plus the primary pairing both ways.</summary>
internal sealed record SectionAlignment(IReadOnlyList<NodePair> Pairs, int[] OldToNew, int[] NewToOld);
