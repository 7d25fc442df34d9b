namespace KzDiff.Service.Accounts;

/// <summary>A user as lists show it.</summary>
/// <param name="Name">The sign-in name.</param>
/// <param name="Role">One of <see cref="Roles.All"/>, or empty for a user without a role.</param>
/// <param name="LockedOutUntil">When a lockout after failed sign-ins ends, or null.</param>
public sealed record AccountSummary(string Name, string Role, DateTimeOffset? LockedOutUntil);
