namespace KzDiff.Core.Comparison;

/// <summary>A section of one edition, as a comparison refers to it.</summary>
public sealed record SectionReference(string Path, string Title);
