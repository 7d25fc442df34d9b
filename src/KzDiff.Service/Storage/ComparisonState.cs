namespace KzDiff.Service.Storage;

/// <summary>Life cycle of a requested comparison; the API shows these names in lower case.</summary>
public enum ComparisonState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
