namespace KzDiff.Service.Subscriptions;

/// <summary>A changed sentence quoted as it was and as it is (null where added or removed).</summary>
public sealed record QuotedChange(string Section, string? Before, string? After, string Url);
