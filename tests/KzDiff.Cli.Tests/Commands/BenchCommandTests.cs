namespace KzDiff.Cli.Tests.Commands;

public sealed class BenchCommandTests
{
    [Test]
    public async Task Bench_FailsWithOneLine_WhenCorpusIsMissing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "kzdiff-no-corpus-" + Guid.NewGuid().ToString("N"));

        var run = await CliRun.RunAsync("bench", "--corpus", missing);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Is.EqualTo($"kzdiff: {missing}: corpus folder not found (pass --corpus PATH){Environment.NewLine}"));
        });
    }

    [Test]
    public async Task Bench_PrintsMedianPerCase_ForParseGroup()
    {
        // One timed run per case keeps this a smoke test; the figures themselves are not asserted.
        var run = await CliRun.RunAsync("bench", "--corpus", RepositoryPaths.RealEditions, "--only", "parse", "--runs", "1");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(4));
        Assert.That(lines.Skip(1), Has.All.Match(@"^parse\s+.+median\s+\d+\.\d\d ms"));
    }

    [Test]
    public async Task Bench_FailsWithOneLine_WhenGroupIsUnknown()
    {
        var run = await CliRun.RunAsync("bench", "--corpus", RepositoryPaths.RealEditions, "--only", "nothing");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Is.EqualTo($"kzdiff: no benchmark cases in group 'nothing'{Environment.NewLine}"));
    }
}
