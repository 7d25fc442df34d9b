namespace KzDiff.Core.Comparison.Alignment;

/// <summary>The parts of a candidate pair's score, kept for the evidence strings.</summary>
internal readonly record struct PairScore(
    int Old,
    int New,
    double Total,
    double Body,
    double Containment,
    double Title,
    bool SameParent,
    bool SameNumber);
