namespace KzDiff.Service.Accounts;

/// <summary>
/// The three roles, each including the ones before it: a viewer reads, a reviewer also uploads and
/// decides, an admin also manages users and jobs. A user holds exactly one of them.
/// </summary>
public static class Roles
{
    public const string Viewer = "viewer";

    public const string Reviewer = "reviewer";

    public const string Admin = "admin";

    private static readonly string[] WeakestFirst = [Viewer, Reviewer, Admin];

    /// <summary>Every role, weakest first.</summary>
    public static IReadOnlyList<string> All => WeakestFirst;

    /// <summary>Whether <paramref name="role"/> is one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string? role) => role is Viewer or Reviewer or Admin;

    /// <summary>The roles that may do what <paramref name="role"/> may do: itself and every stronger one.</summary>
    public static string[] AtLeast(string role)
    {
        var index = Array.IndexOf(WeakestFirst, role);
        return index < 0
            ? throw new ArgumentOutOfRangeException(nameof(role), role, "not a KzDiff role")
            : WeakestFirst[index..];
    }
}
