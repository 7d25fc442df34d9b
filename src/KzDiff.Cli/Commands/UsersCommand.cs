using System.CommandLine;
using System.Text;
using KzDiff.Cli.Store;
using KzDiff.Service.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Cli.Commands;

/// <summary>
/// <c>kzdiff users add NAME --role ROLE [--password-stdin]</c> and <c>kzdiff users list</c>, on the
/// server's own store: whoever can run this can already read the store, so it asks nothing more.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The sign-in name" };
        var role = new Option<string>("--role") { Description = "viewer (reads), reviewer (also uploads and decides), admin (also users and jobs)", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of asking on the terminal" };
        var add = new Command("add", "Add a user with a password and a role") { name, role, passwordStdin };
        add.SetAction((parseResult, cancellationToken) => AddAsync(
            parseResult.GetValue(name)!,
            parseResult.GetValue(role)!,
            parseResult.GetValue(passwordStdin) ? Console.In : null,
            Console.IsInputRedirected ? null : PromptOnTerminal,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));

        var list = new Command("list", "List users with their roles");
        list.SetAction((parseResult, cancellationToken) => ListAsync(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));

        return new Command("users", "Accounts that may sign in to the web UI: add and list") { add, list };
    }

    /// <summary>Adds a user.</summary>
    /// <param name="passwordInput">Where --password-stdin reads the password from; null to prompt.</param>
    /// <param name="prompt">Asks for a password without echo; null when standard input is not a terminal.</param>
    public static async Task<int> AddAsync(
        string name,
        string role,
        TextReader? passwordInput,
        Func<string, string?>? prompt,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        string? password;
        if (passwordInput is not null)
        {
            password = await passwordInput.ReadLineAsync(cancellationToken);
        }
        else if (prompt is null)
        {
            // A password on a pipe without the flag is usually a mistake (a script that forgot it); never guess.
            await stderr.WriteLineAsync("kzdiff users add: standard input is not a terminal; pass the password with --password-stdin");
            return 2;
        }
        else
        {
            password = prompt("Password: ");
            if (password is not null && prompt("Password again: ") != password)
            {
                await stderr.WriteLineAsync("kzdiff users add: the two passwords differ");
                return 1;
            }
        }

        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync("kzdiff users add: no password given");
            return 1;
        }

        try
        {
            await using var store = await CliStore.OpenAsync(cancellationToken);
            await using var scope = store.CreateScope();
            var errors = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(name, role, password);
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    await stderr.WriteLineAsync($"kzdiff users add: {error}");
                }

                return 1;
            }

            await stdout.WriteLineAsync($"added {name} as {role}");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            await stderr.WriteLineAsync("kzdiff users add: cannot open the store: " + e.Message);
            return 2;
        }
    }

    public static async Task<int> ListAsync(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            await using var store = await CliStore.OpenAsync(cancellationToken);
            await using var scope = store.CreateScope();
            var users = await scope.ServiceProvider.GetRequiredService<UserAccounts>().ListAsync(cancellationToken);
            if (users.Count == 0)
            {
                await stdout.WriteLineAsync("no users; add the first admin with: kzdiff users add NAME --role admin");
            }

            foreach (var user in users)
            {
                var locked = user.LockedOutUntil is { } until ? $"  locked until {until:yyyy-MM-dd HH:mm} UTC" : "";
                await stdout.WriteLineAsync($"{user.Name}\t{(user.Role.Length == 0 ? "(no role)" : user.Role)}{locked}");
            }

            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            await stderr.WriteLineAsync("kzdiff users list: cannot open the store: " + e.Message);
            return 2;
        }
    }

    // Reads a line from the terminal without echoing it; on standard error so that standard output stays clean.
    private static string? PromptOnTerminal(string label)
    {
        Console.Error.Write(label);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
