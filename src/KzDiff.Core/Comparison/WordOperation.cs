namespace KzDiff.Core.Comparison;

/// <summary>One step of a word-level diff.</summary>
public enum WordOperation
{
    Equal,
    Insert,
    Delete,
}
