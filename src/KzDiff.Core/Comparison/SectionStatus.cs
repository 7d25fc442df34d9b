namespace KzDiff.Core.Comparison;

/// <summary>What happened to a section between two editions.</summary>
public enum SectionStatus
{
    Unchanged,
    Modified,
    Added,
    Removed,
}
