namespace KzDiff.Core.Comparison;

/// <summary>Two sections the aligner holds to be the same section in two editions.</summary>
/// <param name="Old">The section in the older edition.</param>
/// <param name="New">Its counterpart in the newer edition.</param>
/// <param name="Similarity">Body similarity of the pair, 0..1.</param>
/// <param name="Confidence">How sure the aligner is of the pairing, 0..1.</param>
public sealed record SectionPairing(SectionReference Old, SectionReference New, double Similarity, double Confidence);
