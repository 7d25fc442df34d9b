using KzDiff.Cli.Commands;
using KzDiff.Cli.Tests.Store;

namespace KzDiff.Cli.Tests.Commands;

[NonParallelizable]
public sealed class ImportCommandTests
{
    [Test]
    public async Task RunAsync_PrintsSummaryAndReasons_WhenSomeSourcesFail()
    {
        using var store = new TemporaryStore();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await ImportCommand.RunAsync(
            [TemporaryStore.TestData(), Path.Combine(store.Folder, "missing.html")], stdout, stderr, interactive: false, CancellationToken.None);

        Assert.That(exit, Is.EqualTo(1), "a failed source makes the exit code non-zero");
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("4 imported, 1 new revisions, 0 unchanged, 1 failed"));
        Assert.That(stdout.ToString(), Does.Contain("missing.html: no such file, folder or URL"));
        Assert.That(stderr.ToString(), Is.Empty, "no progress bar when not on a terminal");
    }

    [Test]
    public async Task RunAsync_ReportsUnchanged_WhenImportedTwice()
    {
        using var store = new TemporaryStore();
        await ImportCommand.RunAsync([TemporaryStore.TestData("freedonia-2023.txt")], TextWriter.Null, TextWriter.Null, false, CancellationToken.None);
        var stdout = new StringWriter();

        var exit = await ImportCommand.RunAsync([TemporaryStore.TestData("freedonia-2023.txt")], stdout, TextWriter.Null, false, CancellationToken.None);

        Assert.That(exit, Is.Zero);
        Assert.That(stdout.ToString().TrimEnd(), Is.EqualTo("0 imported, 0 new revisions, 1 unchanged, 0 failed"));
    }

    [Test]
    public async Task RunAsync_DrawsProgressBarToTheEnd_WhenInteractive()
    {
        using var store = new TemporaryStore();
        var stderr = new StringWriter();
        var stdout = new StringWriter();

        await ImportCommand.RunAsync([TemporaryStore.TestData()], stdout, stderr, interactive: true, CancellationToken.None);

        Assert.That(stderr.ToString(), Does.Contain("100%"));
        Assert.That(stderr.ToString(), Does.Contain("5/5 done"));
        Assert.That(stdout.ToString(), Does.StartWith("4 imported"), "the bar stays on standard error");
    }

    [Test]
    public async Task RunAsync_StopsNamingTheKey_WhenSettingIsWrong()
    {
        using var store = new TemporaryStore();
        const string Variable = "KzDiff__Jobs__Lease";
        Environment.SetEnvironmentVariable(Variable, "00:00:01");
        try
        {
            var stderr = new StringWriter();

            var exit = await ImportCommand.RunAsync([TemporaryStore.TestData("freedonia-2023.txt")], TextWriter.Null, stderr, false, CancellationToken.None);

            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr.ToString(), Does.Contain("KzDiff:Jobs:Lease must be between 00:00:10 and 1.00:00:00 (hh:mm:ss), was 00:00:01"));
            Assert.That(Directory.EnumerateFiles(store.Folder), Is.Empty, "stopped before the store was created");
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }
}
