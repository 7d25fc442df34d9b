namespace KzDiff.Service.Review;

/// <summary>A section as an evidence packet names it.</summary>
public sealed record EvidenceSection(string Path, string Title);
