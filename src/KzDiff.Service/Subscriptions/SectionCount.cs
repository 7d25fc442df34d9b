namespace KzDiff.Service.Subscriptions;

/// <summary>How many followed changes one section has (its newer title and path).</summary>
public sealed record SectionCount(string Path, string Title, int Changes);
