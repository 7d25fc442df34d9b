namespace KzDiff.Service.Accounts;

/// <summary>A stored token as lists show it: its id and owner, never the token.</summary>
public sealed record ApiTokenSummary(string Id, string UserName, DateTime CreatedAt, DateTime? RevokedAt);
