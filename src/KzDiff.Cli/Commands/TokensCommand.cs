using System.CommandLine;
using KzDiff.Cli.Store;
using KzDiff.Service.Accounts;

namespace KzDiff.Cli.Commands;

/// <summary><c>kzdiff tokens create NAME | revoke ID | list</c>: API tokens for <c>Authorization: Bearer</c>.</summary>
internal static class TokensCommand
{
    public static Command Create()
    {
        var user = new Argument<string>("name") { Description = "The user the token acts as (with that user's role)" };
        var create = new Command("create", "Create a token; it is printed once, as the last line, and only its hash is stored") { user };
        create.SetAction((parseResult, cancellationToken) => CreateAsync(
            parseResult.GetValue(user)!, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));

        var id = new Argument<string>("id") { Description = "The token's id, as tokens list shows it" };
        var revoke = new Command("revoke", "Revoke a token: it is refused from now on") { id };
        revoke.SetAction((parseResult, cancellationToken) => RevokeAsync(
            parseResult.GetValue(id)!, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));

        var list = new Command("list", "List tokens (ids, users, when created and revoked; never the tokens)");
        list.SetAction((parseResult, cancellationToken) => ListAsync(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));

        return new Command("tokens", "API tokens: create, revoke, list") { create, revoke, list };
    }

    public static Task<int> CreateAsync(string userName, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        WithStoreAsync("create", stderr, async store =>
        {
            var created = await store.Get<ApiTokens>().CreateAsync(userName, cancellationToken);
            await stdout.WriteLineAsync($"token {created.Id} for {created.UserName}; it is shown only now:");
            // Last line, alone, so that a script can take it with tail -n 1.
            await stdout.WriteLineAsync(created.Token);
            return 0;
        }, cancellationToken);

    public static Task<int> RevokeAsync(string id, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        WithStoreAsync("revoke", stderr, async store =>
        {
            if (!await store.Get<ApiTokens>().RevokeAsync(id, cancellationToken))
            {
                await stderr.WriteLineAsync($"kzdiff tokens revoke: no token {id} (see kzdiff tokens list)");
                return 1;
            }

            await stdout.WriteLineAsync($"revoked {id}");
            return 0;
        }, cancellationToken);

    public static Task<int> ListAsync(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        WithStoreAsync("list", stderr, async store =>
        {
            foreach (var token in await store.Get<ApiTokens>().ListAsync(cancellationToken))
            {
                var state = token.RevokedAt is { } at ? $"revoked {at:yyyy-MM-dd HH:mm} UTC" : "active";
                await stdout.WriteLineAsync($"{token.Id}\t{token.UserName}\tcreated {token.CreatedAt:yyyy-MM-dd HH:mm} UTC\t{state}");
            }

            return 0;
        }, cancellationToken);

    private static async Task<int> WithStoreAsync(string verb, TextWriter stderr, Func<CliStore, Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            await using var store = await CliStore.OpenAsync(cancellationToken);
            return await action(store);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            await stderr.WriteLineAsync($"kzdiff tokens {verb}: {e.Message}");
            return 2;
        }
    }
}
