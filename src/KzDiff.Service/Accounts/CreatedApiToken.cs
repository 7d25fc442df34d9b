namespace KzDiff.Service.Accounts;

/// <summary>A token just created: <paramref name="Token"/> is shown once and never stored.</summary>
public sealed record CreatedApiToken(string Id, string UserName, string Token);
