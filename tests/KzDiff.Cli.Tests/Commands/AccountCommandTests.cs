using KzDiff.Cli.Commands;
using KzDiff.Cli.Tests.Store;

namespace KzDiff.Cli.Tests.Commands;

[NonParallelizable]
public sealed class AccountCommandTests
{
    [Test]
    public async Task TokensCreate_PrintsTokenLastAndStoresOnlyItsHash()
    {
        using var store = new TemporaryStore();
        Assert.That(await UsersCommand.AddAsync("alice", "admin", new StringReader("correct horse battery staple\n"), null, TextWriter.Null, TextWriter.Null, CancellationToken.None), Is.Zero);
        var stdout = new StringWriter();

        var exit = await TokensCommand.CreateAsync("alice", stdout, TextWriter.Null, CancellationToken.None);

        Assert.That(exit, Is.Zero);
        var token = stdout.ToString().TrimEnd().Split('\n')[^1];
        Assert.That(token, Does.Match("^kzd_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var storeBytes = string.Concat(Directory.GetFiles(store.Folder, "*", SearchOption.AllDirectories).Select(f => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(f))));
        // The secret is base64url and may itself hold '_', so split off the prefix and the id only.
        var parts = token.Split('_', 3);
        Assert.That(storeBytes, Does.Contain(parts[1]), "the id is stored, for lookup");
        Assert.That(storeBytes, Does.Not.Contain(parts[2]), "the secret is not");
    }

    [Test]
    public async Task TokensRevokeAndList_ShowTheTokenRevoked()
    {
        using var store = new TemporaryStore();
        await UsersCommand.AddAsync("bob", "viewer", new StringReader("correct horse battery staple"), null, TextWriter.Null, TextWriter.Null, CancellationToken.None);
        var created = new StringWriter();
        await TokensCommand.CreateAsync("bob", created, TextWriter.Null, CancellationToken.None);
        var id = created.ToString().TrimEnd().Split('\n')[^1].Split('_', 3)[1];
        var listed = new StringWriter();

        var revoked = await TokensCommand.RevokeAsync(id, TextWriter.Null, TextWriter.Null, CancellationToken.None);
        await TokensCommand.ListAsync(listed, TextWriter.Null, CancellationToken.None);

        Assert.That(revoked, Is.Zero);
        Assert.That(listed.ToString(), Does.Contain(id).And.Contain("bob").And.Contain("revoked"));
        Assert.That(await TokensCommand.RevokeAsync("0000000000000000", TextWriter.Null, TextWriter.Null, CancellationToken.None), Is.EqualTo(1));
    }

    [Test]
    public async Task UsersAdd_Refuses_WhenStdinIsNotATerminalAndNoPasswordStdin()
    {
        using var store = new TemporaryStore();
        var stderr = new StringWriter();

        var exit = await UsersCommand.AddAsync("carol", "reviewer", passwordInput: null, prompt: null, TextWriter.Null, stderr, CancellationToken.None);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr.ToString(), Does.Contain("--password-stdin"));
    }

    [Test]
    public async Task UsersAddAndList_ShowTheUserWithRole_AndRefuseAShortPassword()
    {
        using var store = new TemporaryStore();
        var stderr = new StringWriter();
        var listed = new StringWriter();

        var added = await UsersCommand.AddAsync("dora", "reviewer", new StringReader("a long enough passphrase"), null, TextWriter.Null, TextWriter.Null, CancellationToken.None);
        var tooShort = await UsersCommand.AddAsync("ed", "viewer", new StringReader("short"), null, TextWriter.Null, stderr, CancellationToken.None);
        await UsersCommand.ListAsync(listed, TextWriter.Null, CancellationToken.None);

        Assert.That((added, tooShort), Is.EqualTo((0, 1)));
        Assert.That(stderr.ToString(), Does.Contain("at least 10"));
        Assert.That(listed.ToString(), Does.Contain("dora\treviewer").And.Not.Contain("ed\t"));
    }
}
