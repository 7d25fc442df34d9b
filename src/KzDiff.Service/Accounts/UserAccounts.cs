using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Accounts;

/// <summary>Adds and lists users (the CLI's <c>kzdiff users</c>); one role each.</summary>
public sealed class UserAccounts(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>Adds a user with a password and a role; the errors say what to change when it cannot.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(string name, string role, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Roles.IsKnown(role))
        {
            return [$"unknown role '{role}': use {string.Join(", ", Roles.All)}"];
        }

        if (await users.FindByNameAsync(name) is not null)
        {
            return [$"a user named {name} exists already"];
        }

        await EnsureRolesAsync();
        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return [.. created.Errors.Select(e => e.Description)];
        }

        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? [] : [.. added.Errors.Select(e => e.Description)];
    }

    /// <summary>Every user with their role, by name.</summary>
    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var list = new List<AccountSummary>(all.Count);
        foreach (var user in all)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            var lockedOut = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : (DateTimeOffset?)null;
            list.Add(new AccountSummary(user.UserName ?? "", role, lockedOut));
        }

        return list;
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
