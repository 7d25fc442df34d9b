namespace KzDiff.Core.Comparison;

/// <summary>What happened to a sentence between two editions.</summary>
public enum SentenceStatus
{
    Unchanged,
    Modified,
    Moved,
    Added,
    Removed,
}
