namespace KzDiff.Web.Ui;

/// <summary>Where a requested comparison stands.</summary>
public enum ComparisonState
{
    /// <summary>One of the two years is not stored for that country.</summary>
    EditionMissing,
    Queued,
    Running,
    Succeeded,
    Failed,
}
