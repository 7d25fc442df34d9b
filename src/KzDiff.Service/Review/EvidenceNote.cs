namespace KzDiff.Service.Review;

/// <summary>One decision on a confirmed flag, as the packet quotes it.</summary>
public sealed record EvidenceNote(int Version, string State, string Note, string By, DateTime At);
