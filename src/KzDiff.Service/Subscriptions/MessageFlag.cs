namespace KzDiff.Service.Subscriptions;

/// <summary>A flag of a followed change, linked to its row on the compare page.</summary>
public sealed record MessageFlag(string Kind, double Score, string Explanation, string Section, string Url);
